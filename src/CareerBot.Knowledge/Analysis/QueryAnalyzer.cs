using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The analysis chain for questions: surface words → typo correction against the guide's words →
/// experience years as a level → the guide's Lucene chain (synonyms, stop words, stemmer).
/// Each distinct term becomes a clause; a term no entry contains is marked unknown.
/// </summary>
public sealed partial class QueryAnalyzer(TextAnalyzer analyzer, TypoCorrector corrector, AnswerTypeCues cues, ExperienceLevels levels, IReadOnlySet<string> indexTerms)
{
    // Long pasted text is not a question; analysing the first words keeps a 100 KB message cheap.
    private const int MaxTokens = 64;

    /// <summary>
    /// The text with its misspelt words corrected and everything else as written: what the embedding model reads, since
    /// its word pieces make little of a typo ("lerning" is not "learning" to it).
    /// </summary>
    private static string Corrected(string text, Dictionary<string, string> corrections) =>
        corrections.Count == 0
            ? text
            : Word().Replace(text, word => corrections.GetValueOrDefault(word.Value.ToLowerInvariant()) ?? word.Value);

    public AnalyzedQuery Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text.Length > 4096 ? text[..4096] : text);
        if (tokens.Count > MaxTokens)
        {
            tokens = tokens.GetRange(0, MaxTokens);
        }

        var words = new List<string>(tokens.Count);
        var correctedTerms = new HashSet<string>(StringComparer.Ordinal);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (!analyzer.IsStopWord(token) && corrector.Correct(token) is { } correction)
            {
                correctedTerms.UnionWith(analyzer.Terms(correction));
                corrections[token] = correction;
                words.Add(correction);
            }
            else
            {
                words.Add(token);
            }
        }

        levels.Rewrite(words);
        var clauses = new List<QueryClause>();
        foreach (var term in analyzer.Terms(string.Join(' ', words)))
        {
            // Bare numbers say nothing about the topic unless the guide uses them (years, amounts):
            // "top 3", "1=1" or a ticket number "#1234" neither match an entry nor make a question off-topic.
            if (term.All(c => char.IsAsciiDigit(c) || c is ',' or '.') && !indexTerms.Contains(term))
            {
                continue;
            }

            if (clauses.Any(c => c.Stems[0] == term))
            {
                continue;
            }

            clauses.Add(new QueryClause([term], [term], indexTerms.Contains(term), correctedTerms.Contains(term)));
        }

        return new AnalyzedQuery(text, tokens, clauses, cues.Detect(words)) { Corrected = Corrected(text, corrections) };
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
