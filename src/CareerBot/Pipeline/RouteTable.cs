namespace CareerBot.Pipeline;

/// <summary>
/// The routes in the order they are tried: the first whose condition holds handles the turn.
/// Declared in one place (see <c>BotRoutes</c>) so the table reads as the bot's table of contents.
/// </summary>
public sealed class RouteTable
{
    private readonly List<(string Name, Func<TurnContext, bool> Matches, ITurnHandler Handler)> _routes = [];

    public RouteTable On(string name, Func<TurnContext, bool> matches, ITurnHandler handler)
    {
        _routes.Add((name, matches, handler));
        return this;
    }

    public (string Name, ITurnHandler Handler)? Find(TurnContext turn)
    {
        foreach (var (name, matches, handler) in _routes)
        {
            if (matches(turn))
            {
                return (name, handler);
            }
        }

        return null;
    }
}
