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
    // Each phrasing of each entry: its distinct stems and the sum of their IDFs.
    private readonly (HashSet<string> Stems, double IdfSum)[][] _phrasings;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _terms;

    public EntryVocabulary(IReadOnlyList<FaqEntry> entries, TextAnalyzer analyzer)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        _entryStems = new HashSet<string>[entries.Count];
        _questionStems = new HashSet<string>[entries.Count];
        var phrasingStems = new HashSet<string>[entries.Count][];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var text = string.Join('\n', [entry.Question, .. entry.Alternates, .. entry.Tags, entry.Followup ?? "", entry.ShortAnswer, entry.Details ?? ""]);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                words[token] = words.GetValueOrDefault(token) + 1;
            }

            _entryStems[i] = analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);
            var questions = string.Join('\n', [entry.Question, .. entry.Alternates, .. entry.Tags, entry.Followup ?? ""]);
            _questionStems[i] = analyzer.Terms(questions).ToHashSet(StringComparer.Ordinal);
            phrasingStems[i] = entry.Alternates.Prepend(entry.Question)
                .Select(q => analyzer.Terms(q).ToHashSet(StringComparer.Ordinal))
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
        _terms = _documentFrequency.Keys.ToHashSet(StringComparer.Ordinal);
        EntryCount = entries.Count;
        _phrasings = phrasingStems
            .Select(list => list.Select(set => (set, set.Sum(stem => Idf(stem)))).ToArray())
            .ToArray();
    }

    public IReadOnlyDictionary<string, int> Words { get; }

    public int EntryCount { get; }

    /// <summary>Every term some entry contains, as the analysis chain makes it.</summary>
    public IReadOnlySet<string> Terms => _terms;

    public bool EntryContains(int entry, string[] stems) => stems.All(_entryStems[entry].Contains);

    /// <summary>Whether the entry's questions or tags (not only its answer) use these words.</summary>
    public bool QuestionsContain(int entry, string[] stems) => stems.All(_questionStems[entry].Contains);

    /// <summary>Inverse document frequency of a clause: its rarest word decides.</summary>
    public double Idf(string[] stems)
    {
        var df = int.MaxValue;
        foreach (var stem in stems)
        {
            df = Math.Min(df, _documentFrequency.GetValueOrDefault(stem));
        }

        return IdfOf(stems.Length == 0 ? 0 : df);
    }

    /// <summary>The share of entries that contain every one of these stems' rarest word.</summary>
    public double DocumentShare(string[] stems) =>
        stems.Length == 0 ? 0 : stems.Min(s => _documentFrequency.GetValueOrDefault(s)) / (double)Math.Max(1, EntryCount);

    public double Idf(string stem) => IdfOf(_documentFrequency.GetValueOrDefault(stem));

    private double IdfOf(int documentFrequency) => Math.Log(1.0 + ((EntryCount + 1.0) / (documentFrequency + 0.5)));

    /// <summary>
    /// How closely the question matches one of the entry's own phrasings: the IDF-weighted overlap
    /// of their stems (a weighted Jaccard), best phrasing wins.
    /// </summary>
    public double PhrasingSimilarity(int entry, IReadOnlyList<(string Stem, double Idf)> query, int unknownWords)
    {
        var queryIdf = 0.0;
        foreach (var (_, idf) in query)
        {
            queryIdf += idf;
        }

        var best = 0.0;
        foreach (var (stems, phrasingIdf) in _phrasings[entry])
        {
            var shared = 0.0;
            foreach (var (stem, idf) in query)
            {
                if (stems.Contains(stem))
                {
                    shared += idf;
                }
            }

            // Weighted Jaccard: shared / (query ∪ phrasing), an unknown word counting against every phrasing.
            var union = queryIdf + phrasingIdf - shared + (unknownWords * 2.0);
            best = Math.Max(best, union <= 0 ? 0 : shared / union);
        }

        return best;
    }

}
