using CareerBot.Hosting;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;

namespace CareerBot.Routes;

/// <summary>
/// Greets people when they join, or when they install the bot in Teams (Teams then adds only the bot
/// itself to the conversation, and sends an <c>installationUpdate</c> from the person who installed it):
/// once per user, never the bot itself.
/// </summary>
public sealed class WelcomeRoute(CurrentGuide guide) : ITurnHandler
{
    public static bool Matches(TurnContext turn) => NewUsers(turn).Any();

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var users = NewUsers(turn).ToList();
        foreach (var user in users)
        {
            turn.State.WelcomedUsers.Add(user);
        }

        var answerer = guide.Guide;
        turn.SendAnswer(answerer.Welcome(), answerer.Knowledge.Replies.SourcesLabel);
        return Task.CompletedTask;
    }

    private static IEnumerable<string> NewUsers(TurnContext turn) =>
        Joined(turn.Activity)
            .Where(id => id != turn.Activity.Recipient?.Id && !turn.State.WelcomedUsers.Contains(id))
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Joined(Activity activity)
    {
        if (activity.IsType(ActivityTypes.InstallationUpdate))
        {
            return string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase) && activity.From?.Id is { } installer ? [installer] : [];
        }

        if (!activity.IsType(ActivityTypes.ConversationUpdate))
        {
            return [];
        }

        var added = (activity.MembersAdded ?? []).Select(m => m.Id).OfType<string>().ToList();
        // In Teams the bot being added is the install; the person who installed it is the sender.
        var botAddedInTeams = string.Equals(activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase)
            && activity.Recipient?.Id is { } bot && added.Contains(bot)
            && activity.From?.Id is { } from && from != bot;
        return botAddedInTeams ? added.Append(activity.From!.Id!) : added;
    }
}
