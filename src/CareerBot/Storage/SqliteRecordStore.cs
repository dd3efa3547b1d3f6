using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage;

/// <summary>Records in one SQLite file in WAL mode: readers never wait for the writer, and a killed process loses no committed turn.</summary>
public sealed class SqliteRecordStore : SqlRecordStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteKeptConnection _writer;
    private readonly SqliteKeptConnection[] _readers;
    private int _nextReader;

    public SqliteRecordStore(string connectionString, TimeProvider time)
        : base(time)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database for this long before giving up.
            DefaultTimeout = 30,
        };
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        // One writer, as SQLite admits one at a time: this process's writers queue on it instead of meeting the
        // busy error and sleeping. Readers never wait for it in WAL mode; one per core keeps them all busy.
        _writer = new SqliteKeptConnection(OpenWriterAsync);
        _readers = [.. Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount)).Select(_ => new SqliteKeptConnection(OpenReaderAsync))];
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE records (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            user_id TEXT NULL,
            version INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (kind, key));
        CREATE INDEX records_by_user ON records (user_id);
        CREATE INDEX records_by_age ON records (kind, updated_at);
        """,
    ];

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await OpenReaderAsync(cancellationToken);

    protected override Task<int> ExecuteWriteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken) =>
        _writer.ExecuteAsync(sql, parameters, cancellationToken);

    protected override Task<StoredRecord?> ReadOneAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken) =>
        _readers[(int)((uint)Interlocked.Increment(ref _nextReader) % (uint)_readers.Length)]
            .QueryAsync(sql, parameters, reader => reader.Read() ? ToRecord(reader) : null, cancellationToken);

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // Per connection. In WAL mode NORMAL loses nothing when the process is killed (only on power loss).
        pragma.CommandText = "PRAGMA synchronous = NORMAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    // WAL is a property of the file: set once, kept by every later connection.
    protected override async Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose()
    {
        _writer.Dispose();
        foreach (var reader in _readers)
        {
            reader.Dispose();
        }
    }
}
