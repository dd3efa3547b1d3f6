using System.Text.RegularExpressions;
using CareerBot.Feedback;
using CareerBot.Knowledge.Answers;
using CareerBot.Storage;

namespace CareerBot.Cli;

/// <summary>
/// What content editors act on: questions the guide could not answer, guessed at or answered weakly,
/// grouped by wording (case, spacing and end punctuation ignored) and counted; and 👎 ratings by entry.
/// </summary>
public sealed partial record ContentReport(
    IReadOnlyList<ContentReport.QuestionGroup> Unanswered,
    IReadOnlyList<ContentReport.QuestionGroup> CloseCalls,
    IReadOnlyList<ContentReport.QuestionGroup> LowConfidence,
    IReadOnlyList<ContentReport.RatedEntry> NotHelpful)
{
    /// <summary>One wording, how often it was asked, and the entry it was (weakly) matched to, if any.</summary>
    public sealed record QuestionGroup(string Question, int Count, string? EntryId, double BestScore);

    /// <summary>An entry (or, with no entry, an answer id) with its 👎 and 👍 counts.</summary>
    public sealed record RatedEntry(string Entry, int NotHelpful, int Helpful);

    public static ContentReport From(IReadOnlyList<LoggedQuestion> questions, IReadOnlyList<FeedbackRecord> ratings) => new(
        Group(questions.Where(q => q.Kind == AnswerKind.Fallback)),
        Group(questions.Where(q => q.CloseCall || q.Kind == AnswerKind.Clarification)),
        Group(questions.Where(q => q.Kind == AnswerKind.Answer && !q.CloseCall)),
        ratings
            .GroupBy(r => r.EntryId ?? r.AnswerId, StringComparer.Ordinal)
            .Select(g => new RatedEntry(g.Key, g.Count(r => r.Rating == FeedbackRating.NotHelpful), g.Count(r => r.Rating == FeedbackRating.Helpful)))
            .Where(e => e.NotHelpful > 0)
            .OrderByDescending(e => e.NotHelpful).ThenBy(e => e.Entry, StringComparer.Ordinal)
            .ToList());

    private static List<QuestionGroup> Group(IEnumerable<LoggedQuestion> questions) =>
        questions
            .GroupBy(q => Normalize(q.Text), StringComparer.Ordinal)
            .Select(g => new QuestionGroup(
                g.Key,
                g.Count(),
                g.GroupBy(q => q.EntryId).OrderByDescending(e => e.Count()).First().Key,
                g.Max(q => q.Score)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Question, StringComparer.Ordinal)
            .ToList();

    private static string Normalize(string text) => Spaces().Replace(text.Trim().TrimEnd('?', '!', '.', ' ').ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
