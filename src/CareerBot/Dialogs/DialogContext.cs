using CareerBot.Knowledge.Content;
using Microsoft.Bot.Schema;

namespace CareerBot.Dialogs;

/// <summary>What a step sees: its dialog's answers so far and wording, and the ways to ask, move on or end.</summary>
public sealed class DialogContext(DialogTurn turn, DialogFrame frame, Dialog dialog)
{
    public DialogTurn Turn { get; } = turn;

    public DialogFrame Frame { get; } = frame;

    public Dialog Dialog { get; } = dialog;

    public DialogScript Script => Turn.Script(Dialog.Id);

    public KnowledgeBase Knowledge => Turn.Knowledge;

    public DateTimeOffset Now => Turn.Now;

    public bool Has(string slot) => Frame.Values.ContainsKey(slot);

    public string Get(string slot) => Frame.Values[slot];

    public string? Find(string slot) => Frame.Values.GetValueOrDefault(slot);

    /// <summary>Asks the slot's question and waits for the reply.</summary>
    public StepResult Ask(string slot)
    {
        Frame.Pending = slot;
        Frame.Attempts = 0;
        Frame.DefaultOffered = false;
        var prompt = Dialog.PromptFor(slot, this);
        Send(Turn.Replies.Prompt(Dialog.Id, slot, WithPrefix(prompt.Wording.Text), prompt.Buttons, DialogStatus.Prompt));
        return StepResult.Waiting;
    }

    /// <summary>Starts another dialog on top of this one, with answers it already has.</summary>
    public StepResult Begin(string dialogId, Dictionary<string, string> values)
    {
        Turn.Stack.Frames.Add(new DialogFrame { DialogId = dialogId, Values = values });
        return StepResult.ChildStarted;
    }

    public void Send(IEnumerable<Activity> replies) => Turn.Send(replies);

    /// <summary>The text with this turn's pending prefix ("Got it —") in front, once.</summary>
    public string WithPrefix(string text)
    {
        var prefix = Turn.Prefix;
        Turn.Prefix = null;
        return prefix is null ? text : prefix + " " + text;
    }
}
