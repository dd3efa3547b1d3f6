namespace CareerBot.Knowledge.Content;

/// <summary>A subject the guide does not cover, from <c>scope.yaml</c>.</summary>
public sealed record ScopeTopic(string Topic, IReadOnlyList<string> Phrases, IReadOnlyList<string> Unless);
