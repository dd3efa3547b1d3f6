using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Search;

namespace CareerBot.Knowledge.Answers;

/// <summary>
/// Finds the detail of an entry that the question is really about when its short answer does not say it.
/// An entry's short answer is written for the common question; someone who asks about one particular
/// point ("does that include stock?", "how long is the exam?") should see that point at once, not behind
/// "Tell me more". A detail qualifies when it contains words of the question that the short answer and the
/// entry's own question lack, weighed by how rare they are in the guide (IDF), so "ML" or "engineer"
/// never pull a detail forward but "stock" or "Kaggle" do.
/// </summary>
public sealed class AnswerFocus
{
    private readonly Dictionary<string, EntryParts> _entries = new(StringComparer.Ordinal);
    private readonly EntryVocabulary _vocabulary;
    private readonly double _minimumEvidence;

    public AnswerFocus(IReadOnlyList<FaqEntry> entries, TextAnalyzer analyzer, EntryVocabulary vocabulary, double minimumEvidence)
    {
        _vocabulary = vocabulary;
        _minimumEvidence = minimumEvidence;
        foreach (var entry in entries)
        {
            var said = analyzer.Terms(entry.ShortAnswer + "\n" + entry.Question).ToHashSet(StringComparer.Ordinal);
            var details = DetailLines(entry.Details)
                .Select(line => new Detail(line.LeadIn is null ? line.Text : $"{line.LeadIn} {line.Text}", analyzer.Terms(line.Text).ToHashSet(StringComparer.Ordinal)))
                .ToArray();
            _entries[entry.Id] = new EntryParts(said, details);
        }
    }

    /// <summary>The detail that answers what the short answer leaves out, or null when the short answer covers the question.</summary>
    public string? DetailFor(FaqEntry entry, AnalyzedQuery query) => Best(entry, query, afterShortAnswer: false, _minimumEvidence);

    /// <summary>
    /// For a follow-up about the answer just given: the detail its words point to, even words the short answer also uses
    /// ("who teaches the Coursera one?" after a list that names Coursera), on any evidence at all.
    /// </summary>
    public string? DetailForFollowup(FaqEntry entry, AnalyzedQuery query) => Best(entry, query, afterShortAnswer: true, double.Epsilon);

    private string? Best(FaqEntry entry, AnalyzedQuery query, bool afterShortAnswer, double minimumEvidence)
    {
        if (!_entries.TryGetValue(entry.Id, out var parts) || parts.Details.Length == 0)
        {
            return null;
        }

        var unanswered = query.Clauses
            .Where(clause => clause.Stems.Length > 0 && (afterShortAnswer || !clause.Stems.All(parts.Said.Contains)))
            .Select(clause => (clause.Stems, Weight: _vocabulary.Idf(clause.Stems)))
            .ToList();
        if (unanswered.Count == 0)
        {
            return null;
        }

        Detail? best = null;
        var bestEvidence = 0.0;
        foreach (var detail in parts.Details)
        {
            var evidence = unanswered.Where(c => c.Stems.All(detail.Terms.Contains)).Sum(c => c.Weight);
            if (evidence > bestEvidence)
            {
                (best, bestEvidence) = (detail, evidence);
            }
        }

        return bestEvidence >= minimumEvidence ? best!.Text : null;
    }

    // A detail is one bullet or paragraph of the "More" section; tables and headings are not sentences to lift out. A bullet
    // is shown with the line that introduces its list ("**Where they come up (SkillExchange, 2026):**"), since alone it is
    // often a fragment ("at lead/principal level, running teams…") and the lead-in names its source; only the bullet's
    // own words count as evidence.
    private static IEnumerable<(string Text, string? LeadIn)> DetailLines(string? details)
    {
        string? leadIn = null;
        foreach (var line in (details ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('|') || line.StartsWith('#'))
            {
                leadIn = null;
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                yield return (line[2..], leadIn);
            }
            else if (line.EndsWith(':') || line.EndsWith(":**", StringComparison.Ordinal))
            {
                // A line that introduces a list is no answer on its own ("Responsibilities listed by the ML jobs guide:").
                leadIn = line;
            }
            else
            {
                leadIn = null;
                yield return (line, null);
            }
        }
    }

    private sealed record Detail(string Text, HashSet<string> Terms);

    private sealed record EntryParts(HashSet<string> Said, Detail[] Details);
}
