namespace CareerBot.Knowledge.Content;

/// <summary>A question a dialog asks: its text, the hint given on a re-ask, its bounds and its choices.</summary>
public sealed record PromptWording(string Text, string Hint, decimal? Min, decimal? Max, IReadOnlyList<ChoiceWording> Choices)
{
    /// <summary>The hint with its <c>{min}</c> and <c>{max}</c> filled in.</summary>
    public string FilledHint => Placeholders.Fill(Hint, ("min", Min ?? 0), ("max", Max ?? 0));
}

/// <summary>
/// One choice: the value the code uses, the button title, whole replies that mean it
/// (<c>synonyms</c>) and phrases that pick it even inside a longer sentence (<c>mentions</c>).
/// </summary>
public sealed record ChoiceWording(string Value, string Title, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Mentions);
