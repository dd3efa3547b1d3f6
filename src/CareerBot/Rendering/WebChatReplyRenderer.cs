using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace CareerBot.Rendering;

/// <summary>
/// Web Chat (over Direct Line): Markdown text, every follow-up as a suggested action, and for answers
/// with sources a card listing them with 👍/👎 (<c>Action.Submit</c>: Web Chat has no <c>Action.Execute</c>).
/// The sources are shown once, in the card, not again as a line under the text.
/// </summary>
public static class WebChatReplyRenderer
{
    public static Activity Render(ComposedAnswer answer, string sourcesLabel, string answerId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = answer.Text,
            TextFormat = "markdown",
            InputHint = "acceptingInput",
            Entities = ReplyEntities.For(answer, answerId),
        };
        if (answer.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = SuggestedQuestions.AsActions(answer) };
        }

        if (answer.Citations.Count > 0)
        {
            activity.Attachments = [new AnswerCard().Sources(sourcesLabel, answer).Feedback(answerId, answer.EntryId, teams: false).ToAttachment()];
        }

        return activity;
    }
}
