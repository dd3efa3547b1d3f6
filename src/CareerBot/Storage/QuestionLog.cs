using System.Text.Json;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Storage;

/// <summary>The unanswered and low-confidence question log, in the record store; its text is kept for <c>Storage:MessageRetention</c>.</summary>
public sealed class QuestionLog(IRecordStore store)
{
    public async Task RecordAsync(LoggedQuestion question, string? userId, CancellationToken cancellationToken)
    {
        // Time first, so keys sort by when they were asked; the random part keeps them unique across instances.
        var key = $"{question.At.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}";
        await store.WriteAsync(RecordKinds.Question, key, userId, JsonSerializer.Serialize(question, StorageJsonContext.Default.LoggedQuestion), 0, cancellationToken);
    }

    public async Task<IReadOnlyList<LoggedQuestion>> AllAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(RecordKinds.Question, "", cancellationToken))
            .Select(r => JsonSerializer.Deserialize(r.Body, StorageJsonContext.Default.LoggedQuestion))
            .OfType<LoggedQuestion>()
            .ToList();

    /// <summary>Whether an answer is worth an editor's look: nothing found, a guess between entries, or a weak match.</summary>
    public static bool IsWorthLogging(ComposedAnswer answer, double lowConfidenceBelow) => answer.Kind switch
    {
        AnswerKind.Fallback => true,
        AnswerKind.Answer => answer.CloseCall || answer.Score < lowConfidenceBelow,
        _ => false,
    };
}
