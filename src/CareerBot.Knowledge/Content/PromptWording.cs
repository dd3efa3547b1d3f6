namespace CareerBot.Knowledge.Content;

/// <summary>
/// A question a dialog asks: its text, the hint given on a re-ask, its bounds and its choices. <c>Default</c>
/// is the answer taken for "no preference" or "skip", offered after two unreadable replies, and taken
/// after a third; an <c>Optional</c> question also moves on with it when the person just says "ok".
/// </summary>
public sealed record PromptWording(
    string Text, string Hint, decimal? Min, decimal? Max, IReadOnlyList<ChoiceWording> Choices,
    string? Default = null, string? DefaultTitle = null, bool Optional = false)
{
    /// <summary>How the default reads in a sentence: its choice's title, or the wording's <c>defaultTitle</c>.</summary>
    public string? DefaultLabel => Default is null ? null : Choices.FirstOrDefault(c => c.Value == Default)?.Title ?? DefaultTitle ?? Default;

    /// <summary>The hint with its <c>{min}</c> and <c>{max}</c> filled in.</summary>
    public string FilledHint => Placeholders.Fill(Hint, ("min", Min ?? 0), ("max", Max ?? 0));
}

/// <summary>
/// One choice: the value the code uses, the button title, whole replies that mean it
/// (<c>synonyms</c>) and phrases that pick it even inside a longer sentence (<c>mentions</c>).
/// </summary>
/// <c>Years</c> ("0–2", "5+") picks the choice from years of experience said in a reply; <c>examples</c> are whole
/// replies that mean the choice in other words ("I'd rather be the one running the team"), matched by meaning.
public sealed record ChoiceWording(
    string Value, string Title, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Mentions, string? Years = null, IReadOnlyList<string>? Examples = null);
