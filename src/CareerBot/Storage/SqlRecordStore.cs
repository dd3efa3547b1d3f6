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
        await MigrateAsync(cancellationToken);
        return await ReadOneAsync("SELECT kind, key, user_id, version, updated_at, body FROM records WHERE kind = @kind AND key = @key",
            [("kind", kind), ("key", key)], cancellationToken);
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
            records.Add(ToRecord(reader));
        }

        return records;
    }

    public async Task<long> WriteAsync(string kind, string key, string? userId, string body, long expectedVersion, CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var written = expectedVersion == 0
            ? await ExecuteWriteAsync(
                "INSERT INTO records (kind, key, user_id, version, updated_at, body) VALUES (@kind, @key, @user, 1, @now, @body) ON CONFLICT (kind, key) DO NOTHING",
                [("kind", kind), ("key", key), ("user", userId), ("now", now), ("body", body)], cancellationToken)
            : await ExecuteWriteAsync(
                "UPDATE records SET body = @body, user_id = COALESCE(@user, user_id), version = version + 1, updated_at = @now WHERE kind = @kind AND key = @key AND version = @expected",
                [("kind", kind), ("key", key), ("user", userId), ("now", now), ("body", body), ("expected", expectedVersion)], cancellationToken);
        if (written != 1)
        {
            throw new RecordConflictException(kind, key, expectedVersion);
        }

        return expectedVersion + 1;
    }

    public async Task<bool> DeleteAsync(string kind, string key, long expectedVersion, CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await ExecuteWriteAsync("DELETE FROM records WHERE kind = @kind AND key = @key AND version = @expected",
            [("kind", kind), ("key", key), ("expected", expectedVersion)], cancellationToken) == 1;
    }

    public async Task<int> DeleteUserAsync(string userId, CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await ExecuteWriteAsync("DELETE FROM records WHERE user_id = @user", [("user", userId)], cancellationToken);
    }

    public async Task<int> DeleteOlderThanAsync(string kind, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await ExecuteWriteAsync("DELETE FROM records WHERE kind = @kind AND updated_at < @cutoff",
            [("kind", kind), ("cutoff", cutoff.ToUnixTimeMilliseconds())], cancellationToken);
    }

    /// <summary>Runs a query for at most one record. By default on a connection of its own; SQLite overrides this to keep its connections.</summary>
    protected virtual async Task<StoredRecord?> ReadOneAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ToRecord(reader) : null;
    }

    /// <summary>
    /// Runs one writing statement and returns the rows it changed. By default on a connection of its own; a
    /// database with one writer at a time (SQLite) overrides this to run every write on one kept connection.
    /// </summary>
    protected virtual async Task<int> ExecuteWriteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, [.. parameters]);
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

    protected static StoredRecord ToRecord(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetInt64(3),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        reader.GetString(5));

    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            SetValue(parameter, value);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    protected static void SetValue(DbParameter parameter, object? value)
    {
        parameter.Value = value ?? DBNull.Value;
        parameter.DbType = value switch
        {
            long => DbType.Int64,
            int => DbType.Int32,
            _ => DbType.String,
        };
    }
}
