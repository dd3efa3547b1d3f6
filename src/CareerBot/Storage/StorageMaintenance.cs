using Microsoft.Extensions.Options;

namespace CareerBot.Storage;

/// <summary>
/// Migrates the schema before the bot takes requests, then hourly deletes logged question text older
/// than <c>Storage:MessageRetention</c>. A database that is down at start is logged, not fatal: <c>/readyz</c>
/// says 503 until it answers, and the first request that reaches it migrates.
/// </summary>
public sealed partial class StorageMaintenance(IRecordStore store, IOptions<StorageOptions> options, TimeProvider time, ILogger<StorageMaintenance> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogNotReady(logger, e);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            await ApplyRetentionAsync(store, options.Value, time, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task<int> ApplyRetentionAsync(IRecordStore store, StorageOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (options.MessageRetention <= TimeSpan.Zero)
        {
            return 0;
        }

        try
        {
            return await store.DeleteOlderThanAsync(RecordKinds.Question, time.GetUtcNow() - options.MessageRetention, cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            // Tried again in an hour; the store's own health shows on /readyz.
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store could not be migrated at start; /readyz reports 503 until it can")]
    private static partial void LogNotReady(ILogger logger, Exception exception);
}
