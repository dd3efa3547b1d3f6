namespace CareerBot.Feedback;

/// <summary>Hourly, forgets which answer messages carried once they are older than <see cref="SentAnswerLog.Retention"/>.</summary>
public sealed partial class SentAnswerSweeper(SentAnswerLog sent, TimeProvider time, ILogger<SentAnswerSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await sent.SweepAsync(stoppingToken);
            }
            catch (System.Data.Common.DbException e)
            {
                // Tried again in an hour; the store's health shows on /readyz.
                LogSweepFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting old delivered answers failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
