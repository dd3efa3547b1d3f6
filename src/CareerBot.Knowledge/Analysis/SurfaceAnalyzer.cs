using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The first links of every chain: Lucene's standard (UAX#29) tokenizer, the English possessive
/// filter ("engineer's" → "engineer") and lower-casing. Words come out as people wrote them,
/// which is what synonyms, cues and typo correction compare against.
/// </summary>
public sealed class SurfaceAnalyzer : Analyzer
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    public static SurfaceAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
