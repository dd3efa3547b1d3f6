namespace CareerBot.Feedback;

/// <summary>Where 👍/👎 ratings are kept. A person's later rating of the same answer replaces the earlier one.</summary>
public interface IFeedbackStore
{
    Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedbackRecord>> ForAnswerAsync(string answerId, CancellationToken cancellationToken);

    /// <summary>Every rating, oldest first (for the content editors' report).</summary>
    Task<IReadOnlyList<FeedbackRecord>> AllAsync(CancellationToken cancellationToken);
}
