using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace CareerBot.Rendering;

/// <summary>
/// Renders one composed answer for the surface it will be shown on: Teams (Adaptive Card 1.5 or clean
/// Markdown), Web Chat and Direct Line (Markdown, suggested actions and a card), or the Emulator and the
/// terminal (plain text). Every message carries the <c>careerbot.answer</c> entity with a fresh answer id,
/// and answers with sources carry the citation entity.
/// </summary>
public sealed class ReplyRenderer(string sourcesLabel)
{
    /// <summary>The Web Chat form, in one message: what Direct Line and Web Chat show.</summary>
    public Activity Render(ComposedAnswer answer) => WebChatReplyRenderer.Render(answer, sourcesLabel, ReplyEntities.NewAnswerId());

    public IReadOnlyList<Activity> Render(ComposedAnswer answer, ReplySurface surface)
    {
        var answerId = ReplyEntities.NewAnswerId();
        return surface switch
        {
            ReplySurface.TeamsPersonal => TeamsReplyRenderer.Render(answer, sourcesLabel, answerId, personal: true),
            ReplySurface.TeamsShared => TeamsReplyRenderer.Render(answer, sourcesLabel, answerId, personal: false),
            ReplySurface.PlainText => [PlainTextReplyRenderer.Render(answer, sourcesLabel, answerId)],
            _ => [WebChatReplyRenderer.Render(answer, sourcesLabel, answerId)],
        };
    }
}
