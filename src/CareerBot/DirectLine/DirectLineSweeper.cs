using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>Periodically deletes expired conversations (with their activities) and expired tokens, so the store stays bounded.</summary>
public sealed partial class DirectLineSweeper(
    DirectLineConversationStore conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, ILogger<DirectLineSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var removed = await conversations.SweepAsync(stoppingToken);
                    var tokensRemoved = await tokens.SweepAsync(stoppingToken);
                    LogSwept(logger, removed, tokensRemoved);
                }
                catch (System.Data.Common.DbException e)
                {
                    // Tried again at the next tick; the store's health shows on /readyz.
                    LogSweepFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line: {Removed} expired conversation(s) and {TokensRemoved} token(s) removed")]
    private static partial void LogSwept(ILogger logger, int removed, int tokensRemoved);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line: sweeping expired conversations failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
