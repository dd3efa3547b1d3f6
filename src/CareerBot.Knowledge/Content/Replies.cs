namespace CareerBot.Knowledge.Content;

/// <summary>The bot's own words from <c>replies.yaml</c>.</summary>
public sealed record Replies(
    string Welcome,
    string Help,
    string Fallback,
    string Clarification,
    string NotCovered,
    string MoreButton,
    string SourcesLabel,
    string Error,
    IReadOnlyList<string> Starters);
