namespace CareerBot.Pipeline;

/// <summary>One thing the bot does with a turn. Every route has this one signature.</summary>
public interface ITurnHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
