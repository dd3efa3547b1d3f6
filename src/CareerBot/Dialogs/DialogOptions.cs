namespace CareerBot.Dialogs;

/// <summary>Guided conversation settings, bound from the <c>Dialogs</c> configuration section.</summary>
public sealed class DialogOptions
{
    /// <summary>A dialog nobody has replied to for this long is closed, with a note, on the next message.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Unreadable replies to one question before the dialog gives up politely.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The bot's public address for links such as the salary chart; empty = the address the request came in on.</summary>
    public string? PublicUrl { get; set; }
}
