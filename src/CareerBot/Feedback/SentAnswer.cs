namespace CareerBot.Feedback;

/// <summary>The answer a delivered message carried.</summary>
public sealed record SentAnswer(string AnswerId, string? EntryId);
