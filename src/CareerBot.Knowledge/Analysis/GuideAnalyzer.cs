using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The chain the index and questions share, all Lucene parts: standard tokenizer → possessive
/// filter → lower case → synonym filter (synonyms.txt) → stop filter (stopwords.txt) → Porter stemmer.
/// </summary>
public sealed class GuideAnalyzer(GuideSynonyms synonyms, CharArraySet stopWords) : Analyzer
{
    public CharArraySet StopWords => stopWords;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SurfaceAnalyzer.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(SurfaceAnalyzer.Version, tokenizer);
        stream = new LowerCaseFilter(SurfaceAnalyzer.Version, stream);
        stream = new ApostropheRemover(stream);
        if (synonyms.Map is { } map)
        {
            stream = new SynonymFilter(stream, map, ignoreCase: true);
        }

        stream = new StopFilter(SurfaceAnalyzer.Version, stream, stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
