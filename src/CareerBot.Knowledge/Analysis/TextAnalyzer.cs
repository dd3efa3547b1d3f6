namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The analysis chain shared by the index and questions: tokenizer → synonym filter (to canonical
/// forms) → stop-word filter. The index then stems with FTS5's Porter tokenizer; we stem the same
/// words with <see cref="PorterStemmer"/> when we reason about coverage.
/// </summary>
public sealed class TextAnalyzer(SynonymMap synonyms)
{
    public SynonymMap Synonyms => synonyms;

    /// <summary>The meaningful words of a text, synonyms rewritten, as the index stores them.</summary>
    public List<string> IndexWords(string text) =>
        synonyms.Canonicalize(Tokenizer.Tokenize(text))
            .SelectMany(c => c.Words)
            .Where(w => !StopWords.Contains(w))
            .ToList();

    public string IndexText(string text) => string.Join(' ', IndexWords(text));

    public static string[] Stems(IEnumerable<string> words) => words.Select(PorterStemmer.Stem).ToArray();
}
