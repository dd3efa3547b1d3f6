namespace CareerBot.Pipeline;

/// <summary>
/// The routes in the order they are tried: the first whose condition holds handles the turn.
/// Declared in one place (see <c>BotRoutes</c>) so the table reads as the bot's table of contents.
/// </summary>
public sealed class RouteTable
{
    private readonly List<(string Name, Func<TurnContext, CancellationToken, ValueTask<bool>> Matches, ITurnHandler Handler)> _routes = [];

    public RouteTable On(string name, Func<TurnContext, bool> matches, ITurnHandler handler) =>
        On(name, (turn, _) => ValueTask.FromResult(matches(turn)), handler);

    /// <summary>A route whose condition may wait (for the embedding model) without holding a thread.</summary>
    public RouteTable On(string name, Func<TurnContext, CancellationToken, ValueTask<bool>> matches, ITurnHandler handler)
    {
        _routes.Add((name, matches, handler));
        return this;
    }

    public async ValueTask<(string Name, ITurnHandler Handler)?> FindAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var (name, matches, handler) in _routes)
        {
            if (await matches(turn, cancellationToken))
            {
                return (name, handler);
            }
        }

        return null;
    }
}
