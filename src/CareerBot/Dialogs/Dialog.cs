using CareerBot.Dialogs.Prompts;

namespace CareerBot.Dialogs;

/// <summary>
/// A guided conversation: a list of named steps that each skip a question whose answer is
/// already known. Help, cancel, start over, guide questions and idle expiry are handled once,
/// by <see cref="DialogRoute"/>, never in a dialog.
/// </summary>
public abstract class Dialog
{
    /// <summary>The id of the dialog and of its wording file, <c>knowledge/dialogs/&lt;id&gt;.yaml</c>.</summary>
    public abstract string Id { get; }

    public abstract IReadOnlyList<DialogStep> Steps { get; }

    /// <summary>Whether a finished dialog can be re-run with one changed answer ("make the budget $800").</summary>
    public virtual bool Revisable => false;

    /// <summary>The question asked for a slot, rebuilt from the wording each turn so a content edit shows at once.</summary>
    public abstract Prompt PromptFor(string slot, DialogContext dc);

    /// <summary>
    /// Answers stated in a message that was not a reply to a question — the first message
    /// ("I use AWS and have $500, plan my certs") or a change ("make the budget $800").
    /// </summary>
    public virtual Dictionary<string, string> FindAnswers(string text, DialogContext dc) => new(StringComparer.Ordinal);

    /// <summary>A step that asks for <paramref name="slot"/> unless its answer is already known.</summary>
    protected static StepResult Ask(DialogContext dc, string slot) => dc.Has(slot) ? StepResult.Next : dc.Ask(slot);
}
