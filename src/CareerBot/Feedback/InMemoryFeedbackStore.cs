using System.Collections.Concurrent;

namespace CareerBot.Feedback;

/// <summary>Ratings in process memory: enough to collect them on one instance; a durable store replaces it later.</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly ConcurrentDictionary<(string AnswerId, string UserId), FeedbackRecord> _ratings = new();

    public Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        _ratings[(feedback.AnswerId, feedback.UserId)] = feedback;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackRecord>> ForAnswerAsync(string answerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedbackRecord>>(
            _ratings.Values.Where(r => r.AnswerId == answerId).OrderBy(r => r.At).ToList());
}
