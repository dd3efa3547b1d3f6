using System.Data;
using System.Data.Common;

namespace CareerBot.Storage;

/// <summary>
/// The record store in SQL that SQLite and PostgreSQL both speak. The version check is done by the
/// database in the same statement as the write (<c>UPDATE … WHERE version = @expected</c>,
/// <c>INSERT … ON CONFLICT DO NOTHING</c>), so two instances can never both win.
/// </summary>
public abstract class SqlRecordStore : IRecordStore
{
    private readonly TimeProvider _time;
    private readonly Lock _migrating = new();
    private Task? _migrated;

    protected SqlRecordStore(TimeProvider time) => _time = time;

    /// <summary>The schema, one step per version; a step once shipped is never edited, only followed by another.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs before the migration transaction opens (settings that cannot change inside one).</summary>
    protected virtual Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Taken around every write when the database admits one writer at a time (SQLite): writers of this
    /// process queue here instead of meeting the database's busy error and sleeping. Null: no gate.
    /// </summary>
    protected virtual SemaphoreSlim? WriteGate => null;

    /// <summary>Holds other instances off while this one migrates (the transaction is open).</summary>
    protected virtual Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrates once per process; a failed attempt (database not up yet) is tried again on the next call.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken)
    {
        lock (_migrating)
        {
            if (_migrated is null || _migrated.IsFaulted || _migrated.IsCanceled)
            {
                _migrated = MigrateCoreAsync(CancellationToken.None);
            }

            return _migrated.WaitAsync(cancellationToken);
        }
    }

    public async Task<StoredRecord?> GetAsync(string kind, string key, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        await using var command = Command(connection, "SELECT kind, key, user_id, version, updated_at, body FROM records WHERE kind = @kind AND key = @key",
            ("kind", kind), ("key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<StoredRecord>> ListAsync(string kind, string keyPrefix, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT kind, key, user_id, version, updated_at, body FROM records WHERE kind = @kind AND substr(key, 1, @length) = @prefix ORDER BY updated_at, key",
            ("kind", kind), ("length", keyPrefix.Length), ("prefix", keyPrefix));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<StoredRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    public async Task<long> WriteAsync(string kind, string key, string? userId, string body, long expectedVersion, CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteGateAsync(cancellationToken);
        await using var connection = await ReadyAsync(cancellationToken);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var command = expectedVersion == 0
            ? Command(connection,
                "INSERT INTO records (kind, key, user_id, version, updated_at, body) VALUES (@kind, @key, @user, 1, @now, @body) ON CONFLICT (kind, key) DO NOTHING",
                ("kind", kind), ("key", key), ("user", userId), ("now", now), ("body", body))
            : Command(connection,
                "UPDATE records SET body = @body, user_id = COALESCE(@user, user_id), version = version + 1, updated_at = @now WHERE kind = @kind AND key = @key AND version = @expected",
                ("kind", kind), ("key", key), ("user", userId), ("now", now), ("body", body), ("expected", expectedVersion));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new RecordConflictException(kind, key, expectedVersion);
        }

        return expectedVersion + 1;
    }

    public async Task<int> DeleteUserAsync(string userId, CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteGateAsync(cancellationToken);
        await using var connection = await ReadyAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM records WHERE user_id = @user", ("user", userId));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteOlderThanAsync(string kind, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        using var gate = await EnterWriteGateAsync(cancellationToken);
        await using var connection = await ReadyAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM records WHERE kind = @kind AND updated_at < @cutoff",
            ("kind", kind), ("cutoff", cutoff.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await ReadyAsync(cancellationToken);
            await using var command = Command(connection, "SELECT count(*) FROM schema_migrations");
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == Migrations.Count;
        }
        catch (DbException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private async Task<IDisposable?> EnterWriteGateAsync(CancellationToken cancellationToken)
    {
        if (WriteGate is not { } gate)
        {
            return null;
        }

        await gate.WaitAsync(cancellationToken);
        return new GateRelease(gate);
    }

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    private async Task<DbConnection> ReadyAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await OpenAsync(cancellationToken);
    }

    private async Task MigrateCoreAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await BeforeMigrationAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockSchemaAsync(connection, transaction, cancellationToken);
        await Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)", cancellationToken);
        await using var read = Command(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        read.Transaction = transaction;
        var applied = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        for (var version = applied + 1; version <= Migrations.Count; version++)
        {
            await Execute(connection, transaction, Migrations[version - 1], cancellationToken);
            await Execute(connection, transaction, $"INSERT INTO schema_migrations (version) VALUES ({version})", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredRecord Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetInt64(3),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        reader.GetString(5));

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = value switch
            {
                long => DbType.Int64,
                int => DbType.Int32,
                _ => DbType.String,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
