using Npgsql;

namespace CareerBot.Storage;

/// <summary>
/// The change feed between instances on one PostgreSQL database: <c>NOTIFY</c> to publish, one dedicated
/// connection per instance that <c>LISTEN</c>s. Notes published by this instance come back through the same
/// connection, so every instance, this one included, hears a note the same way. A dropped listening
/// connection is reopened with backoff, and subscribers are told notes may have been missed meanwhile.
/// </summary>
public sealed partial class PostgreSqlChangeFeed(string connectionString, ILogger<PostgreSqlChangeFeed> logger) : BackgroundService, IChangeFeed
{
    public const string Channel = "careerbot_changes";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly ChangeSubscribers _subscribers = new();
    private readonly NpgsqlDataSource _publishing = NpgsqlDataSource.Create(connectionString);
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first <c>LISTEN</c> is in place (startup waits for it, briefly).</summary>
    public Task Listening => _listening.Task;

    public async Task PublishAsync(string payload, CancellationToken cancellationToken)
    {
        await using var command = _publishing.CreateCommand("SELECT pg_notify(@channel, @payload)");
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public IDisposable Subscribe(Action<string> onNote, Action onGap) => _subscribers.Add(onNote, onGap);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        // Replies published before the first LISTEN would reach no stream; wait a little for it, not for ever (/readyz tells the rest).
        await Task.WhenAny(Listening, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException or IOException)
            {
                LogListenFailed(logger, e, backoff.TotalMilliseconds);
                _subscribers.Gap();
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    public override void Dispose()
    {
        _publishing.Dispose();
        base.Dispose();
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15 }.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, note) => _subscribers.Note(note.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Whatever was published while this connection was down was missed: everyone looks again.
        if (!_listening.TrySetResult())
        {
            _subscribers.Gap();
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The PostgreSQL change feed lost its connection; listening again in {DelayMs} ms")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, double delayMs);
}
