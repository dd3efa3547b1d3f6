using CareerBot.Knowledge.Answers;
using CareerBot.Pipeline;

namespace CareerBot.Rendering;

/// <summary>How a route replies with a composed answer: rendered for the channel the turn came from.</summary>
public static class TurnReplies
{
    public static void SendAnswer(this TurnContext turn, ComposedAnswer answer, string sourcesLabel)
    {
        turn.Answer = answer;
        foreach (var reply in new ReplyRenderer(sourcesLabel).Render(answer, ReplySurfaces.Of(turn.Activity)))
        {
            turn.Send(reply);
        }
    }
}
