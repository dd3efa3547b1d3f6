namespace CareerBot.Knowledge.Content;

/// <summary>The bot's own words from <c>replies.yaml</c>.</summary>
public sealed record Replies(
    string Welcome,
    string Help,
    string Fallback,
    string NotCovered,
    string MoreButton,
    string SourcesLabel,
    string Error,
    IReadOnlyList<string> Starters)
{
    /// <summary>Chit-chat ("thanks!", "bye") and the short, friendly line that answers it.</summary>
    public IReadOnlyList<SmallTalk> SmallTalk { get; init; } = [];
}

/// <summary>One kind of small talk: example messages and the reply.</summary>
public sealed record SmallTalk(string Reply, IReadOnlyList<string> Examples);
