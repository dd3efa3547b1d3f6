using Lucene.Net.Analysis.Util;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The guide's analysis chain (<see cref="GuideAnalyzer"/>) and the word lists it was built from,
/// shared by the index, the vocabulary and questions so they all see the same terms.
/// </summary>
public sealed class TextAnalyzer
{
    public TextAnalyzer(GuideSynonyms synonyms, IEnumerable<string> stopWords)
    {
        Synonyms = synonyms;
        StopWords = new CharArraySet(SurfaceAnalyzer.Version, stopWords.ToList(), ignoreCase: false);
        Analyzer = new GuideAnalyzer(synonyms, StopWords);
    }

    public GuideSynonyms Synonyms { get; }

    public CharArraySet StopWords { get; }

    public GuideAnalyzer Analyzer { get; }

    public bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>The index terms of a text: synonyms read as their group's first member, stop words dropped, stemmed.</summary>
    public List<string> Terms(string text) => Tokenizer.Terms(Analyzer, text);
}
