using Microsoft.Data.Sqlite;

namespace CareerBot.Storage;

/// <summary>
/// One SQLite connection kept open with its statements prepared, used by one caller at a time. Opening a
/// pooled connection and parsing the SQL again cost more than the statement itself on every turn's read and
/// write; kept here, a statement is only re-bound and run. Each statement is its own transaction, committed
/// (or its read finished) before the next caller gets the connection.
/// </summary>
internal sealed class SqliteKeptConnection(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;

    /// <summary>Runs a writing statement and returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken) =>
        RunAsync(sql, parameters, (command, ct) => command.ExecuteNonQueryAsync(ct), cancellationToken);

    /// <summary>Runs a query and reads its rows with <paramref name="read"/> before the connection is handed on.</summary>
    public Task<T> QueryAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        RunAsync(sql, parameters, async (command, ct) =>
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            return read(reader);
        }, cancellationToken);

    public void Dispose()
    {
        Close();
        _gate.Dispose();
    }

    private async Task<T> RunAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, Func<SqliteCommand, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var command = await StatementAsync(sql, parameters, cancellationToken);
            for (var i = 0; i < parameters.Count; i++)
            {
                command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            }

            return await run(command, cancellationToken);
        }
        catch
        {
            // After a failed or interrupted statement the connection's state is not worth reasoning about: start afresh.
            Close();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SqliteCommand> StatementAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        _connection ??= await open(cancellationToken);
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _statements.Add(sql, command);
        }

        return command;
    }

    private void Close()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
        _connection?.Dispose();
        _connection = null;
    }
}
