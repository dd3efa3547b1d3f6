using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs;

/// <summary>
/// The buttons that start dialogs: under the guide answers each dialog's wording names (the planner
/// under "Which certification should I get first?") and in the help menu.
/// </summary>
public static class Offers
{
    /// <summary>One button per dialog, for menus.</summary>
    public static IEnumerable<SuggestedQuestion> Menu(KnowledgeBase knowledge) =>
        knowledge.Dialogs.Scripts.Values
            .Select(s => s.Offer)
            .OfType<DialogOffer>()
            .Select(o => new SuggestedQuestion(o.Button, o.Button));

    /// <summary>The answer with the buttons of the dialogs offered after its entry added.</summary>
    public static ComposedAnswer AddTo(ComposedAnswer answer, KnowledgeBase knowledge)
    {
        var offered = Menu(knowledge)
            .Where(m => answer.EntryId is not null && knowledge.Dialogs.Scripts.Values.Any(s => s.Offer?.Button == m.Value && s.Offer.After.Contains(answer.EntryId)));
        return Add(answer, offered);
    }

    /// <summary>The answer with every dialog's button added, for the help menu.</summary>
    public static ComposedAnswer AddMenu(ComposedAnswer answer, KnowledgeBase knowledge) => Add(answer, Menu(knowledge));

    private static ComposedAnswer Add(ComposedAnswer answer, IEnumerable<SuggestedQuestion> buttons)
    {
        var added = buttons.Where(b => !answer.Suggestions.Any(s => s.Value == b.Value)).ToList();
        return added.Count == 0 ? answer : answer with { Suggestions = [.. answer.Suggestions, .. added] };
    }
}
