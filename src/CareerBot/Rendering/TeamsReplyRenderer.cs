using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace CareerBot.Rendering;

/// <summary>
/// Microsoft Teams. An answer with sources is an Adaptive Card (text, sources, follow-ups, 👍/👎) with no
/// message text beside it, because Teams would split text and card into two messages. Other replies are
/// Markdown text Teams can render (no headings or tables), with up to three suggested actions in a
/// personal chat, or the buttons on a card in group chats and channels, which show no suggested actions.
/// Text longer than a Teams message is sent as several messages.
/// </summary>
public static class TeamsReplyRenderer
{
    private const int SummaryLength = 200;

    public static IReadOnlyList<Activity> Render(ComposedAnswer answer, string sourcesLabel, string answerId, bool personal)
    {
        var parts = MessageSplitter.Split(MarkdownText.ForTeams(answer.Text), MessageSplitter.TeamsLimit);
        var replies = parts.Take(parts.Count - 1).Select(part => TextMessage(part, answer, answerId)).ToList();
        var last = parts[^1];
        var structured = answer.Citations.Count > 0;
        if (structured || (!personal && answer.Suggestions.Count > 0))
        {
            var card = new AnswerCard()
                .Text(last)
                .Sources(sourcesLabel, answer)
                .FollowUps(SuggestedQuestions.AsActions(answer, SuggestedQuestions.TeamsLimit), teams: true);
            if (structured)
            {
                card.Feedback(answerId, answer.EntryId, teams: true);
            }

            replies.Add(new Activity
            {
                Type = ActivityTypes.Message,
                // The notification and chat-list preview of a card message.
                Summary = Preview(answer.Text),
                Attachments = [card.ToAttachment()],
                Entities = ReplyEntities.For(answer, answerId),
            });
            return replies;
        }

        var reply = TextMessage(last, answer, answerId);
        if (answer.Suggestions.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions { Actions = SuggestedQuestions.AsActions(answer, SuggestedQuestions.TeamsLimit) };
        }

        replies.Add(reply);
        return replies;
    }

    private static Activity TextMessage(string text, ComposedAnswer answer, string answerId) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        Entities = ReplyEntities.For(answer, answerId),
    };

    private static string Preview(string markdown)
    {
        var plain = MarkdownText.ToPlain(markdown).ReplaceLineEndings(" ");
        return plain.Length <= SummaryLength ? plain : plain[..(SummaryLength - 1)] + "…";
    }
}
