namespace CareerBot.Tests.Evaluation;

/// <summary>
/// A scripted guided conversation in natural language: what the person says, turn by turn, and how
/// it must end — the dialog whose result it reaches (with facts the result must show) or "cancelled".
/// </summary>
public sealed class DialogConversation
{
    public string Name { get; set; } = "";
    public List<string> Says { get; set; } = [];
    public DialogOutcome Expect { get; set; } = new();
}

public sealed class DialogOutcome
{
    /// <summary>The dialog id whose result ends the conversation, or "cancelled".</summary>
    public string Result { get; set; } = "";
    public List<string> Facts { get; set; } = [];
}
