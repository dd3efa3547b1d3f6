using CareerBot.Dialogs;
using CareerBot.Hosting;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;

namespace CareerBot.Routes;

/// <summary>Says what CareerBot can help with, with starter questions as buttons.</summary>
public sealed class HelpRoute(CurrentGuide guide) : ITurnHandler
{
    public static bool Matches(TurnContext turn) => turn.Activity.IsType(ActivityTypes.Message) && Commands.IsHelp(turn.Text);

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var answerer = guide.Guide;
        turn.SendAnswer(Offers.AddMenu(answerer.Help(), answerer.Knowledge), answerer.Knowledge.Replies.SourcesLabel);
        return Task.CompletedTask;
    }
}
