namespace CareerBot.Feedback;

/// <summary>
/// One person's rating of one answer. <see cref="AnswerId"/> is the id the bot gave the rendered answer
/// (in its <c>careerbot.answer</c> entity); <see cref="EntryId"/> is the guide entry it came from, if any.
/// </summary>
public sealed record FeedbackRecord(
    string AnswerId,
    string? EntryId,
    FeedbackRating Rating,
    string UserId,
    string? ChannelId,
    string? ConversationId,
    string Via,
    DateTimeOffset At);
