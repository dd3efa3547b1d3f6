using CareerBot.Dialogs;
using CareerBot.Hosting;
using CareerBot.Knowledge.Answers;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;

namespace CareerBot.Routes;

/// <summary>Answers a question from the guide, understood against the previous answer's topic.</summary>
public sealed class AnswerRoute(CurrentGuide guide) : ITurnHandler
{
    public static bool Matches(TurnContext turn) => turn.Activity.IsType(ActivityTypes.Message);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var answerer = guide.Guide;
        var answer = string.IsNullOrWhiteSpace(turn.Text)
            ? answerer.Help()
            : await answerer.ReplyAsync(turn.Text, turn.State.LastEntryId, cancellationToken);
        if (answer.Kind == AnswerKind.Answer && answer.EntryId is not null)
        {
            turn.State.LastEntryId = answer.EntryId;
        }

        turn.SendAnswer(Offers.AddTo(answer, answerer.Knowledge), answerer.Knowledge.Replies.SourcesLabel);
    }
}
