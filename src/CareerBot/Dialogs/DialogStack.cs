using System.Text.Json.Serialization;

namespace CareerBot.Dialogs;

/// <summary>
/// The guided conversation state of one conversation, kept in <c>ConversationState</c> and saved
/// by the turn pipeline: the dialogs in progress (innermost last), the last finished one so its
/// answers can be changed, and when the user last replied to a dialog.
/// </summary>
public sealed class DialogStack
{
    public List<DialogFrame> Frames { get; set; } = [];

    public DialogFrame? Finished { get; set; }

    public DateTimeOffset? LastActive { get; set; }

    [JsonIgnore]
    public DialogFrame? Active => Frames.Count > 0 ? Frames[^1] : null;

    /// <summary>The outermost dialog: the one the user started and would cancel.</summary>
    [JsonIgnore]
    public DialogFrame? Root => Frames.Count > 0 ? Frames[0] : null;

    public void Clear()
    {
        Frames.Clear();
        Finished = null;
    }
}
