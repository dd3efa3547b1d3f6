using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Search;

namespace CareerBot.Knowledge.Answers;

/// <summary>Turns a search result into a reply: the answer (on a close call, with the runners-up offered), or a helpful fallback.</summary>
public sealed class AnswerComposer(KnowledgeBase knowledge, RankingWeights weights, AnswerFocus focus)
{
    private const int MaxSuggestions = 3;
    private const double CloseCallBand = 0.2; // runners-up within this share of the best score are offered as alternatives

    /// <param name="result">The search result.</param>
    /// <param name="previousEntryId">The entry answered just before, if any: a follow-up that lands on it again gets more of it, not the same words.</param>
    public ComposedAnswer Compose(SearchResult result, string? previousEntryId = null)
    {
        var replies = knowledge.Replies;
        if (result.NotCovered is { } topic)
        {
            return Fallback(replies.NotCovered.Replace("{topic}", topic.Topic, StringComparison.Ordinal));
        }

        var (answerAt, sureAt) = Thresholds(result);
        if (result.Best is not { } best || result.Confidence < answerAt)
        {
            return Fallback(replies.Fallback, result.Confidence);
        }

        if (best.Entry.Id == previousEntryId)
        {
            return AnswerAgain(best.Entry, result.Confidence, result.Query);
        }

        if (result.Confidence >= sureAt || result.Margin >= weights.CloseCallMargin)
        {
            return Answer(best.Entry, result.Confidence, result.Query);
        }

        // A close call: the likeliest entry is answered, and the close runners-up come first among the buttons, so a
        // person who meant one of them is a tap away. On the tuning sets (2026-12-05) the likeliest entry was right more
        // often than a "did you mean" list was worth: answering close calls added 11 right answers across three sets and
        // declined no fewer out-of-scope messages.
        var runnersUp = result.Ranked.Skip(1)
            .Where(r => r.Score >= best.Score * (1 - CloseCallBand))
            .Take(MaxSuggestions - 1)
            .Select(r => r.Entry)
            .ToList();
        return Answer(best.Entry, result.Confidence, result.Query, runnersUp) with { CloseCall = runnersUp.Count > 0 };
    }

    /// <summary>Whether the result clears the sure threshold, with no close call to ask about.</summary>
    public bool IsSure(SearchResult result) => result.NotCovered is null && result.Best is not null && result.Confidence >= Thresholds(result).Sure;

    private (double Answer, double Sure) Thresholds(SearchResult result) => result.UsedMeaning
        ? (weights.FusedAnswerThreshold, weights.FusedSureThreshold)
        : (weights.AnswerThreshold, weights.SureThreshold);

    /// <summary>The entry's short answer, with the one detail the question asks about when the short answer leaves it out.</summary>
    public ComposedAnswer Answer(FaqEntry entry, double score, AnalyzedQuery? query = null, IReadOnlyList<FaqEntry>? runnersUp = null)
    {
        var text = query is not null && focus.DetailFor(entry, query) is { } detail
            ? entry.ShortAnswer + "\n\n" + detail
            : entry.ShortAnswer;
        var suggestions = (runnersUp ?? []).Select(e => new SuggestedQuestion(e.Question, e.Question)).ToList();
        if (entry.Details is not null)
        {
            suggestions.Add(new SuggestedQuestion(knowledge.Replies.MoreButton, knowledge.Replies.MoreButton));
        }

        suggestions.AddRange(RelatedQuestions(entry).Where(q => suggestions.TrueForAll(s => s.Value != q.Value)).Take(Math.Max(0, MaxSuggestions - suggestions.Count)));
        return new ComposedAnswer(AnswerKind.Answer, entry.Id, score, text, Citations(entry), suggestions, entry.Details is not null);
    }

    /// <summary>
    /// A follow-up about the answer just given ("does that include stock?", "who teaches the Coursera one?"): the short answer
    /// again with the detail the follow-up's words point to, even words the short answer already used. The short answer
    /// stays: measured on the tuning sets, a follow-up that lands on the same entry most often wants a figure it holds
    /// ("and in the US?"), and the detail alone lost a quarter of them.
    /// </summary>
    private ComposedAnswer AnswerAgain(FaqEntry entry, double score, AnalyzedQuery query) =>
        focus.DetailForFollowup(entry, query) is { } detail
            ? Answer(entry, score) with { Text = entry.ShortAnswer + "\n\n" + detail }
            : Answer(entry, score, query);

    /// <summary>
    /// Answers to the parts of one message, one after the other. The last part's entry is the one a follow-up or
    /// "Tell me more" refers to, so its buttons are offered; every part's sources are cited.
    /// </summary>
    public static ComposedAnswer Combine(IReadOnlyList<ComposedAnswer> answers)
    {
        var last = answers[^1];
        return last with
        {
            Score = answers.Min(a => a.Score),
            Text = string.Join("\n\n", answers.Select(a => a.Text)),
            Citations = answers.SelectMany(a => a.Citations).Distinct().ToList(),
        };
    }

    /// <summary>The details behind "Tell me more", or null when the entry has none.</summary>
    public ComposedAnswer? Details(FaqEntry entry) =>
        entry.Details is null
            ? null
            : new ComposedAnswer(AnswerKind.Answer, entry.Id, 1, entry.Details, Citations(entry), RelatedQuestions(entry).Take(MaxSuggestions).ToList());

    public ComposedAnswer Fallback(string text, double score = 0) =>
        new(AnswerKind.Fallback, null, score, text, [], Starters());

    public ComposedAnswer Welcome() => new(AnswerKind.Welcome, null, 1, knowledge.Replies.Welcome, [], Starters());

    public ComposedAnswer Help() => new(AnswerKind.Answer, null, 1, knowledge.Replies.Help, [], Starters());

    private List<SuggestedQuestion> Starters() => knowledge.Replies.Starters
        .Select(knowledge.Find)
        .OfType<FaqEntry>()
        .Select(e => new SuggestedQuestion(e.Question, e.Question))
        .ToList();

    private IEnumerable<SuggestedQuestion> RelatedQuestions(FaqEntry entry) => entry.Related
        .Select(knowledge.Find)
        .OfType<FaqEntry>()
        .Select(e => new SuggestedQuestion(e.Question, e.Question));

    private List<Source> Citations(FaqEntry entry) => entry.Sources
        .Select(id => knowledge.Sources.GetValueOrDefault(id))
        .OfType<Source>()
        .ToList();
}
