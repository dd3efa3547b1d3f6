using CareerBot.Pipeline;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.Routes;

/// <summary>The channel ended the conversation: forget the dialog, so a new conversation starts from nothing.</summary>
public sealed class EndOfConversationRoute : ITurnHandler
{
    public static bool Matches(TurnContext turn) => turn.Activity.IsType(ActivityTypes.EndOfConversation);

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.State.Clear();
        return Task.CompletedTask;
    }
}
