namespace CareerBot.Recognizers.Choice;

/// <summary>Ways people say yes or no in chat, including the casual ones and emoji.</summary>
internal static class BooleanVocabulary
{
    public static readonly IReadOnlyList<(string[] Tokens, bool Value)> Phrases = Build(
        (true, ["yes", "yeah", "yep", "yup", "yea", "ya", "yas", "sure", "ok", "okay", "k", "kk", "agree", "agreed",
                "affirmative", "absolutely", "definitely", "certainly", "indeed", "correct", "of course",
                "go ahead", "please do", "why not", "👍", "👌", "✔", "✅", "☑"]),
        (false, ["no", "nope", "nah", "nay", "not ok", "not okay", "disagree", "negative", "no thanks",
                 "no thank you", "not really", "not at all", "never", "not now", "no way", "👎", "❌", "✖"]));

    /// <summary>Skin-tone modifiers belong to the emoji before them ("👌🏾").</summary>
    public static bool IsSkinTone(string token) => token is "🏻" or "🏼" or "🏽" or "🏾" or "🏿";

    private static List<(string[], bool)> Build(params (bool Value, string[] Phrases)[] groups) =>
        [.. groups
            .SelectMany(g => g.Phrases.Select(p => (p.Split(' '), g.Value)))
            .OrderByDescending(p => p.Item1.Length)];
}
