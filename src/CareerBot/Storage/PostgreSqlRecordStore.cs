using System.Data.Common;
using Npgsql;

namespace CareerBot.Storage;

/// <summary>Records in PostgreSQL, shared by every instance. Schema changes wait on an advisory lock, so instances starting together migrate once.</summary>
public sealed class PostgreSqlRecordStore(NpgsqlDataSource dataSource, TimeProvider time) : SqlRecordStore(time), IDisposable
{
    // Any fixed number: the lock only has to be the same one in every instance.
    private const long SchemaLock = 0x4361_7265_6572;

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE records (
            kind text NOT NULL,
            key text NOT NULL,
            user_id text NULL,
            version bigint NOT NULL,
            updated_at bigint NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (kind, key));
        CREATE INDEX records_by_user ON records (user_id);
        CREATE INDEX records_by_age ON records (kind, updated_at);
        """,
    ];

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({SchemaLock})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => dataSource.Dispose();
}
