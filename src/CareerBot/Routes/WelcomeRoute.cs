using CareerBot.Hosting;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;

namespace CareerBot.Routes;

/// <summary>Greets people when they join: once per user, never the bot itself.</summary>
public sealed class WelcomeRoute(CurrentGuide guide) : ITurnHandler
{
    public static bool Matches(TurnContext turn) =>
        turn.Activity.IsType(ActivityTypes.ConversationUpdate) && NewUsers(turn).Any();

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var users = NewUsers(turn).ToList();
        foreach (var user in users)
        {
            turn.State.WelcomedUsers.Add(user);
        }

        var answerer = guide.Guide;
        turn.Send(new ReplyRenderer(answerer.Knowledge.Replies.SourcesLabel).Render(answerer.Welcome()));
        return Task.CompletedTask;
    }

    private static IEnumerable<string> NewUsers(TurnContext turn) =>
        (turn.Activity.MembersAdded ?? [])
            .Select(m => m.Id)
            .OfType<string>()
            .Where(id => id != turn.Activity.Recipient?.Id && !turn.State.WelcomedUsers.Contains(id))
            .Distinct(StringComparer.Ordinal);
}
