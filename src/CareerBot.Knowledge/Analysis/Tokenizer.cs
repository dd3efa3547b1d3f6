using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Text as lower-case words, through <see cref="SurfaceAnalyzer"/>. Only word tokens come out, so no
/// input can reach an index query as syntax.
/// </summary>
public static class Tokenizer
{
    public static List<string> Tokenize(string text) => Terms(SurfaceAnalyzer.Instance, text);

    /// <summary>The terms an analyzer makes of a text, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // Inner apostrophes are dropped, so "dont" and "don't" are one word.
            var word = term.ToString().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
            if (word.Length > 0)
            {
                terms.Add(word);
            }
        }

        stream.End();
        return terms;
    }
}
