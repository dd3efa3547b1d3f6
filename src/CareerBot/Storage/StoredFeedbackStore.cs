using System.Text.Json;
using CareerBot.Feedback;

namespace CareerBot.Storage;

/// <summary>Ratings as records keyed by answer and user, so a person's second rating of an answer replaces the first.</summary>
public sealed class StoredFeedbackStore(IRecordStore store) : IFeedbackStore
{
    public async Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        var key = Key(feedback.AnswerId) + feedback.UserId;
        var body = JsonSerializer.Serialize(feedback, StorageJsonContext.Default.FeedbackRecord);
        // Replace whatever is there, but on the version actually read: two clicks racing both land, the later one last.
        for (var attempt = 0; ; attempt++)
        {
            var current = await store.GetAsync(RecordKinds.Feedback, key, cancellationToken);
            try
            {
                await store.WriteAsync(RecordKinds.Feedback, key, feedback.UserId, body, current?.Version ?? 0, cancellationToken);
                return;
            }
            catch (RecordConflictException) when (attempt < 10)
            {
            }
        }
    }

    public async Task<IReadOnlyList<FeedbackRecord>> ForAnswerAsync(string answerId, CancellationToken cancellationToken) =>
        Parse(await store.ListAsync(RecordKinds.Feedback, Key(answerId), cancellationToken));

    public async Task<IReadOnlyList<FeedbackRecord>> AllAsync(CancellationToken cancellationToken) =>
        Parse(await store.ListAsync(RecordKinds.Feedback, "", cancellationToken));

    private static List<FeedbackRecord> Parse(IReadOnlyList<StoredRecord> records) =>
        records.Select(r => JsonSerializer.Deserialize(r.Body, StorageJsonContext.Default.FeedbackRecord)).OfType<FeedbackRecord>().OrderBy(r => r.At).ToList();

    // A separator no id contains, so "ans-1" never lists the ratings of "ans-10".
    private static string Key(string answerId) => answerId + "\u001f";
}
