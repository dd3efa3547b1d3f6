namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>The shared entry point of the number engine: tokens and every number in a query.</summary>
internal sealed class NumberFinder
{
    private static readonly HashSet<string> s_pronounDeterminers =
        ["the", "this", "that", "which", "each", "any", "every", "another", "no", "one"];

    public NumberFinder(string query)
    {
        Query = query;
        Tokens = TextTokenizer.Tokenize(query);
        Numbers = NumberPhraseParser.FindAll(Tokens);
    }

    public string Query { get; }

    public List<Token> Tokens { get; }

    public List<ParsedNumber> Numbers { get; }

    /// <summary>
    /// Numbers that stand on their own: not digits glued to a unit ("180ml") and not the
    /// pronoun "one" ("which one do you prefer", "the second one").
    /// </summary>
    public IEnumerable<ParsedNumber> StandaloneNumbers() =>
        Numbers.Where(n => !n.GluedToLetters && !IsPronounOne(n));

    private bool IsPronounOne(ParsedNumber number)
    {
        if (number.TokenEnd - number.FirstToken != 1 || !Tokens[number.FirstToken].IsWord("one")) return false;
        if (number.FirstToken == 0) return false;
        var previous = Tokens[number.FirstToken - 1];
        return previous.Kind == TokenKind.Word
               && (s_pronounDeterminers.Contains(previous.Text) || NumberWords.Ordinals.ContainsKey(previous.Text)
                   || previous.Text is "next" or "last" or "previous" or "current");
    }
}
