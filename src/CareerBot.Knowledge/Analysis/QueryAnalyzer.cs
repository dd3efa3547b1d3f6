namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The analysis chain for questions, Lucene-style: tokenizer → typo correction against the
/// index vocabulary → synonym expansion → stop-word filter → Porter stemmer.
/// </summary>
public sealed class QueryAnalyzer(SynonymMap synonyms, TypoCorrector corrector, AnswerTypeCues cues)
{
    // Long pasted text is not a question; analysing the first words keeps a 100 KB message cheap.
    private const int MaxTokens = 64;

    public AnalyzedQuery Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count > MaxTokens)
        {
            tokens = tokens.GetRange(0, MaxTokens);
        }

        var corrected = new HashSet<int>();
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!StopWords.Contains(token) && corrector.Correct(token) is { } correction)
            {
                corrected.Add(i);
                token = correction;
            }

            words.Add(token);
        }

        var clauses = new List<QueryClause>();
        var position = 0;
        foreach (var (span, alternatives) in synonyms.Expand(words))
        {
            var original = words.GetRange(position, span);
            var wasCorrected = Enumerable.Range(position, span).Any(corrected.Contains);
            position += span;
            if (original.All(StopWords.Contains))
            {
                continue;
            }

            var stems = alternatives.Select(a => a.Where(w => !StopWords.Contains(w)).Select(PorterStemmer.Stem).ToArray())
                .Where(a => a.Length > 0)
                .ToList();
            if (stems.Count == 0)
            {
                continue;
            }

            var known = alternatives.Any(a => a.All(w => StopWords.Contains(w) || corrector.IsKnown(w)));
            clauses.Add(new QueryClause(alternatives, stems, known, wasCorrected));
        }

        return new AnalyzedQuery(text, tokens, clauses, cues.Detect(words));
    }
}
