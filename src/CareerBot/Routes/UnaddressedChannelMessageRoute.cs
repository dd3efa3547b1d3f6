using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;
using CareerBot.Teams;
using Microsoft.Bot.Schema;

namespace CareerBot.Routes;

/// <summary>
/// Silence in a Teams channel or group chat unless the bot is @mentioned: people talk to each other
/// there, and a bot granted read access to every message must not answer all of them. A card button
/// press (a message with a <c>value</c>) is always meant for the bot that sent the card.
/// </summary>
public sealed class UnaddressedChannelMessageRoute : ITurnHandler
{
    public static bool Matches(TurnContext turn) =>
        turn.Activity.IsType(ActivityTypes.Message)
        && string.Equals(turn.Activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase)
        && ReplySurfaces.IsSharedConversation(turn.Activity)
        && turn.Activity.Value is null
        && !TeamsMentions.MentionsBot(turn.Activity);

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
