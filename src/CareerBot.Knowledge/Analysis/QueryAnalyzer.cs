namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The analysis chain for questions, Lucene-style: tokenizer → typo correction against the
/// index vocabulary → experience years as a level → synonym filter → stop-word filter → Porter stemmer.
/// </summary>
public sealed class QueryAnalyzer(TextAnalyzer analyzer, TypoCorrector corrector, AnswerTypeCues cues, ExperienceLevels levels)
{
    // Long pasted text is not a question; analysing the first words keeps a 100 KB message cheap.
    private const int MaxTokens = 64;

    public AnalyzedQuery Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text.Length > 4096 ? text[..4096] : text);
        if (tokens.Count > MaxTokens)
        {
            tokens = tokens.GetRange(0, MaxTokens);
        }

        var corrected = new bool[tokens.Count];
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!StopWords.Contains(token) && corrector.Correct(token) is { } correction)
            {
                corrected[i] = true;
                token = correction;
            }

            words.Add(token);
        }

        if (levels.Rewrite(words))
        {
            // The rewrite changed positions; which words were corrected no longer lines up, and matters little here.
            corrected = new bool[words.Count];
        }

        var clauses = new List<QueryClause>();
        var position = 0;
        foreach (var (span, canonical) in analyzer.Synonyms.Canonicalize(words))
        {
            var wasCorrected = corrected.AsSpan(position, span).Contains(true);
            position += span;
            // Small bare numbers ("1=1", "7*7", "top 3") say nothing about the topic; years and amounts do.
            var content = canonical.Where(w => !StopWords.Contains(w) && !IsSmallNumber(w)).ToArray();
            if (content.Length == 0 || clauses.Any(c => c.Words.SequenceEqual(content)))
            {
                continue;
            }

            clauses.Add(new QueryClause(content, TextAnalyzer.Stems(content), content.All(corrector.IsKnown), wasCorrected));
        }

        return new AnalyzedQuery(text, tokens, clauses, cues.Detect(words));
    }

    private static bool IsSmallNumber(string word) => word.Length < 3 && word.All(char.IsAsciiDigit);
}
