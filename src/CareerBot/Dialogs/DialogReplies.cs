using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Dialogs;

/// <summary>
/// Dialog replies rendered like guide answers for the channel they go to (so text, buttons and
/// sources look the same), each marked with a <c>careerbot.dialog</c> entity saying which dialog
/// and what kind of reply it is.
/// </summary>
public sealed class DialogReplies(KnowledgeBase knowledge, ReplySurface surface)
{
    private readonly ReplyRenderer _renderer = new(knowledge.Replies.SourcesLabel);

    public IReadOnlyList<Activity> Prompt(string dialogId, string slot, string text, IEnumerable<ChoiceWording> buttons, string status)
    {
        var replies = Render(dialogId, text, [], buttons.Select(c => new SuggestedQuestion(c.Title, c.Title)), status, slot);
        replies[^1].InputHint = "expectingInput";
        return replies;
    }

    public IReadOnlyList<Activity> Result(string dialogId, string text, IReadOnlyList<Source> citations, IEnumerable<SuggestedQuestion> buttons, string status = DialogStatus.Result) =>
        Render(dialogId, text, citations, buttons, status, null);

    private IReadOnlyList<Activity> Render(string dialogId, string text, IReadOnlyList<Source> citations, IEnumerable<SuggestedQuestion> buttons, string status, string? slot)
    {
        var replies = _renderer.Render(new ComposedAnswer(AnswerKind.Dialog, dialogId, 1, text, citations, buttons.ToList()), surface);
        foreach (var reply in replies)
        {
            reply.Entities ??= [];
            reply.Entities.Add(new Entity("careerbot.dialog")
            {
                Properties = new JObject
                {
                    ["dialog"] = dialogId,
                    ["status"] = status,
                    ["prompt"] = slot,
                },
            });
        }

        return replies;
    }
}
