using CareerBot.Knowledge.Answers;

namespace CareerBot.Storage;

/// <summary>
/// A question the guide answered badly: not at all (fallback), with "did you mean" (clarification), or
/// with low confidence. Content editors read these in the report and add alternate questions.
/// </summary>
public sealed record LoggedQuestion(string Text, AnswerKind Kind, double Score, string? EntryId, string? ChannelId, DateTimeOffset At);
