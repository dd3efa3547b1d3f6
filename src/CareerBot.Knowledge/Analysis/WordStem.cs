using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The Porter stem of one lower-case word, so phrases editors write ("plan my certifications") match other forms
/// of their words ("planning my certifications"). Snowball's stemmer, as Lucene ships it, one per thread since it
/// keeps state; words repeat, so stems are remembered (bounded).
/// </summary>
public static class WordStem
{
    private const int MaxCachedWords = 50_000;
    private static readonly ThreadLocal<PorterStemmer> Stemmer = new(() => new PorterStemmer());
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    public static string Of(string word)
    {
        if (Stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var stemmer = Stemmer.Value!;
        stemmer.SetCurrent(word);
        stem = stemmer.Stem() ? stemmer.Current : word;
        if (Stems.Count >= MaxCachedWords)
        {
            Stems.Clear();
        }

        Stems.TryAdd(word, stem);
        return stem;
    }
}
