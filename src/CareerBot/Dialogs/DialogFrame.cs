namespace CareerBot.Dialogs;

/// <summary>
/// One dialog in progress: which one, the step it is on, the question it is waiting for and the
/// answers so far. Plain data, so a durable state store can serialise it.
/// </summary>
public sealed class DialogFrame
{
    public string DialogId { get; set; } = "";

    public int Step { get; set; }

    /// <summary>The slot whose question was asked last and is waiting for a reply.</summary>
    public string? Pending { get; set; }

    /// <summary>Replies to the pending question that could not be read; the dialog gives up at the limit.</summary>
    public int Attempts { get; set; }

    /// <summary>Set once the pending question's default has been offered with buttons, so "ok" takes it.</summary>
    public bool DefaultOffered { get; set; }

    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Set when the frame re-runs a finished dialog with a changed answer, so its result says "revised".</summary>
    public bool Revision { get; set; }
}
