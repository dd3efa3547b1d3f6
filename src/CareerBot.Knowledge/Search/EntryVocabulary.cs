using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// The words of the guide as search reasons about them: surface words with their counts (for typo
/// correction), each entry's stems with their document frequencies (for coverage and IDF), and the
/// stems of each entry's phrasings (for question similarity).
/// </summary>
public sealed class EntryVocabulary
{
    private readonly HashSet<string>[] _entryStems;
    private readonly HashSet<string>[] _questionStems;
    private readonly HashSet<string>[][] _phrasings;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public EntryVocabulary(IReadOnlyList<FaqEntry> entries, TextAnalyzer analyzer)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        _entryStems = new HashSet<string>[entries.Count];
        _questionStems = new HashSet<string>[entries.Count];
        _phrasings = new HashSet<string>[entries.Count][];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var text = string.Join('\n', [entry.Question, .. entry.Alternates, .. entry.Tags, entry.Followup ?? "", entry.ShortAnswer, entry.Details ?? ""]);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                words[token] = words.GetValueOrDefault(token) + 1;
            }

            _entryStems[i] = TextAnalyzer.Stems(analyzer.IndexWords(text)).ToHashSet(StringComparer.Ordinal);
            var questions = string.Join('\n', [entry.Question, .. entry.Alternates, .. entry.Tags, entry.Followup ?? ""]);
            _questionStems[i] = TextAnalyzer.Stems(analyzer.IndexWords(questions)).ToHashSet(StringComparer.Ordinal);
            _phrasings[i] = entry.Alternates.Prepend(entry.Question)
                .Select(q => TextAnalyzer.Stems(analyzer.IndexWords(q)).ToHashSet(StringComparer.Ordinal))
                .Where(set => set.Count > 0)
                .ToArray();
            foreach (var stem in _entryStems[i])
            {
                _documentFrequency[stem] = _documentFrequency.GetValueOrDefault(stem) + 1;
            }
        }

        foreach (var word in analyzer.Synonyms.Words)
        {
            words.TryAdd(word, 1);
        }

        Words = words;
        EntryCount = entries.Count;
    }

    public IReadOnlyDictionary<string, int> Words { get; }

    public int EntryCount { get; }

    public bool EntryContains(int entry, string[] stems) => stems.All(_entryStems[entry].Contains);

    /// <summary>Whether the entry's questions or tags (not only its answer) use these words.</summary>
    public bool QuestionsContain(int entry, string[] stems) => stems.All(_questionStems[entry].Contains);

    /// <summary>Inverse document frequency of a clause: its rarest word decides.</summary>
    public double Idf(string[] stems)
    {
        var df = stems.Length == 0 ? 0 : stems.Min(s => _documentFrequency.GetValueOrDefault(s));
        return Math.Log(1.0 + ((EntryCount + 1.0) / (df + 0.5)));
    }

    /// <summary>
    /// How closely the question matches one of the entry's own phrasings: the IDF-weighted overlap
    /// of their stems (a weighted Jaccard), best phrasing wins.
    /// </summary>
    public double PhrasingSimilarity(int entry, IReadOnlyList<QueryClause> clauses)
    {
        var query = clauses.Where(c => c.Known).SelectMany(c => c.Stems).ToHashSet(StringComparer.Ordinal);
        var unknown = clauses.Count(c => !c.Known);
        var best = 0.0;
        foreach (var phrasing in _phrasings[entry])
        {
            double shared = 0, all = unknown * 2.0;
            foreach (var stem in query.Union(phrasing))
            {
                var idf = Idf([stem]);
                all += idf;
                if (query.Contains(stem) && phrasing.Contains(stem))
                {
                    shared += idf;
                }
            }

            best = Math.Max(best, all == 0 ? 0 : shared / all);
        }

        return best;
    }
}
