using CareerBot.Hosting;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;

namespace CareerBot.Routes;

/// <summary>"Tell me more": the details behind the last answer.</summary>
public sealed class MoreRoute(CurrentGuide guide) : ITurnHandler
{
    public static bool Matches(TurnContext turn) => turn.Activity.IsType(ActivityTypes.Message) && Commands.IsMore(turn.Text) && turn.State.LastEntryId is not null;

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var answerer = guide.Guide;
        var details = answerer.Details(turn.State.LastEntryId!) ?? answerer.Help();
        turn.SendAnswer(details, answerer.Knowledge.Replies.SourcesLabel);
        return Task.CompletedTask;
    }
}
