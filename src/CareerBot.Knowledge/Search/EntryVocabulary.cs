using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// The words of the guide as search reasons about them: surface words with their counts (for
/// typo correction), and each entry's stems with their document frequencies (for coverage and IDF).
/// </summary>
public sealed class EntryVocabulary
{
    private readonly HashSet<string>[] _entryStems;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public EntryVocabulary(IReadOnlyList<FaqEntry> entries, SynonymMap synonyms)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        _entryStems = new HashSet<string>[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var text = string.Join('\n', [entry.Question, .. entry.Alternates, .. entry.Tags, entry.Followup ?? "", entry.ShortAnswer, entry.Details ?? ""]);
            var stems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                words[token] = words.GetValueOrDefault(token) + 1;
                stems.Add(PorterStemmer.Stem(token));
            }

            _entryStems[i] = stems;
            foreach (var stem in stems)
            {
                _documentFrequency[stem] = _documentFrequency.GetValueOrDefault(stem) + 1;
            }
        }

        foreach (var word in synonyms.Words)
        {
            words.TryAdd(word, 1);
        }

        Words = words;
        EntryCount = entries.Count;
    }

    public IReadOnlyDictionary<string, int> Words { get; }

    public int EntryCount { get; }

    public bool EntryContains(int entry, string[] stems) => stems.All(_entryStems[entry].Contains);

    /// <summary>Inverse document frequency; a word no entry has weighs most, because missing it matters most.</summary>
    public double Idf(string[] stems)
    {
        var df = stems.Length == 0 ? 0 : stems.Min(s => _documentFrequency.GetValueOrDefault(s));
        return Math.Log(1.0 + ((EntryCount + 1.0) / (df + 0.5)));
    }
}
