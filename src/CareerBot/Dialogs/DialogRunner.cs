using CareerBot.Dialogs.Prompts;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs;

/// <summary>
/// Runs the dialog stack: starts dialogs, feeds a reply to the waiting question, and walks the
/// steps until one waits for the user or the last dialog ends.
/// </summary>
public sealed class DialogRunner(DialogCatalog catalog)
{
    public DialogCatalog Catalog => catalog;

    /// <summary>Starts a dialog with whatever answers the first message already gives.</summary>
    public void Begin(DialogTurn turn, string dialogId, string text, Dictionary<string, string>? known = null)
    {
        var frame = new DialogFrame { DialogId = dialogId, Values = known ?? new(StringComparer.Ordinal) };
        foreach (var (slot, value) in catalog[dialogId].FindAnswers(text, Context(turn, frame)))
        {
            frame.Values[slot] = value;
        }

        turn.Stack.Frames.Add(frame);
        Run(turn);
    }

    /// <summary>The waiting question's prompt, rebuilt from the current wording.</summary>
    public Prompt PendingPrompt(DialogTurn turn, DialogFrame frame) => catalog[frame.DialogId].PromptFor(frame.Pending!, Context(turn, frame));

    /// <summary>Takes a reply as the answer to the waiting question and carries on.</summary>
    public void Accept(DialogTurn turn, string value)
    {
        var frame = turn.Stack.Active!;
        frame.Values[frame.Pending!] = value;
        frame.Pending = null;
        frame.Attempts = 0;
        frame.DefaultOffered = false;
        Run(turn);
    }

    /// <summary>Asks the waiting question again, after an interruption or with a status of its own (help, retry).</summary>
    public void Reask(DialogTurn turn, string status, string? text = null, IReadOnlyList<ChoiceWording>? buttons = null)
    {
        var frame = turn.Stack.Active!;
        var dc = Context(turn, frame);
        var prompt = PendingPrompt(turn, frame);
        turn.Send(turn.Replies.Prompt(frame.DialogId, frame.Pending!, dc.WithPrefix(text ?? prompt.Wording.Text), buttons ?? prompt.Buttons, status));
    }

    /// <summary>Walks the steps of the innermost dialog; a finished child hands back to its parent.</summary>
    public void Run(DialogTurn turn)
    {
        var stack = turn.Stack;
        while (stack.Active is { } frame)
        {
            var dialog = catalog[frame.DialogId];
            var result = frame.Step < dialog.Steps.Count ? dialog.Steps[frame.Step](Context(turn, frame)) : StepResult.End;
            switch (result)
            {
                case StepResult.Next:
                    frame.Step++;
                    break;
                case StepResult.Waiting:
                    return;
                case StepResult.ChildStarted:
                    // "sure — azure, beginner, 4 hours a week": the reply that starts a child can already answer its questions.
                    var child = stack.Active!;
                    foreach (var (slot, value) in catalog[child.DialogId].FindAnswers(turn.Turn.Text, Context(turn, child)))
                    {
                        child.Values.TryAdd(slot, value);
                    }

                    break;
                case StepResult.End:
                    stack.Frames.RemoveAt(stack.Frames.Count - 1);
                    if (dialog.Revisable)
                    {
                        stack.Finished = frame;
                    }

                    if (stack.Active is { } parent)
                    {
                        parent.Step++;
                    }

                    break;
            }
        }
    }

    /// <summary>Re-runs a finished dialog with changed answers: its steps skip what is known, so only the result is sent again.</summary>
    public void Revise(DialogTurn turn, DialogFrame finished, Dictionary<string, string> changes)
    {
        var values = new Dictionary<string, string>(finished.Values, StringComparer.Ordinal);
        foreach (var (slot, value) in changes)
        {
            values[slot] = value;
        }

        turn.Stack.Finished = null;
        turn.Stack.Frames.Add(new DialogFrame { DialogId = finished.DialogId, Values = values, Revision = true });
        Run(turn);
    }

    public DialogContext Context(DialogTurn turn, DialogFrame frame) => new(turn, frame, catalog[frame.DialogId]);
}
