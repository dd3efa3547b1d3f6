using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace CareerBot.Rendering;

/// <summary>
/// The Emulator and the terminal: plain text (no Markdown marks) with its sources line; follow-ups stay
/// suggested actions, which the Emulator shows as buttons and the terminal numbers.
/// </summary>
public static class PlainTextReplyRenderer
{
    public static Activity Render(ComposedAnswer answer, string sourcesLabel, string answerId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = SourcesLine.Append(MarkdownText.ToPlain(answer.Text), SourcesLine.Plain(sourcesLabel, answer)),
            TextFormat = "plain",
            InputHint = "acceptingInput",
            Entities = ReplyEntities.For(answer, answerId),
        };
        if (answer.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = SuggestedQuestions.AsActions(answer) };
        }

        return activity;
    }
}
