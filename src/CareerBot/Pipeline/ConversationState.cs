namespace CareerBot.Pipeline;

/// <summary>What the bot remembers about one conversation between turns.</summary>
public sealed class ConversationState
{
    /// <summary>The entry last answered, so "and for seniors?" and "tell me more" have a topic.</summary>
    public string? LastEntryId { get; set; }

    /// <summary>Users already greeted, so a repeated join never greets twice.</summary>
    public HashSet<string> WelcomedUsers { get; set; } = new(StringComparer.Ordinal);
}
