using CareerBot.Knowledge.Answers;

namespace CareerBot.Storage;

/// <summary>
/// A question the guide answered badly: not at all (fallback), on a close call between entries (<see cref="CloseCall"/>;
/// "did you mean", <see cref="AnswerKind.Clarification"/>, in logs written before 2026-12-05), or with low confidence.
/// Content editors read these in the report and add alternate questions.
/// </summary>
public sealed record LoggedQuestion(string Text, AnswerKind Kind, double Score, string? EntryId, string? ChannelId, DateTimeOffset At, bool CloseCall = false);
