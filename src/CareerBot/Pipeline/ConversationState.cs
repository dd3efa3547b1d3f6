using CareerBot.Dialogs;

namespace CareerBot.Pipeline;

/// <summary>What the bot remembers about one conversation between turns.</summary>
public sealed class ConversationState
{
    /// <summary>The entry last answered, so "and for seniors?" and "tell me more" have a topic.</summary>
    public string? LastEntryId { get; set; }

    /// <summary>Users already greeted, so a repeated join never greets twice.</summary>
    public HashSet<string> WelcomedUsers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The guided conversations in progress, the last one finished, and when a dialog last heard from the user.</summary>
    public DialogStack Dialogs { get; set; } = new();

    /// <summary>The last turn a dialog handled, kept so a retried activity is answered again rather than run twice.</summary>
    public RecordedTurn? LastDialogTurn { get; set; }

    /// <summary>The Entra tenant the conversation belongs to (Teams' <c>channelData.tenant.id</c>), kept for proactive sends.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Forgets the dialog (the channel ended the conversation). Who was welcomed and the tenant
    /// stay: they describe the conversation's members, not the talk, and a greeting must never repeat.
    /// </summary>
    public void Clear()
    {
        LastEntryId = null;
        Dialogs = new DialogStack();
        LastDialogTurn = null;
    }
}
