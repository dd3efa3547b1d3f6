using System.Globalization;
using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// Reads a reply as one of a list of choices: by value, title or synonym; by ordinal ("the second
/// one") or number; by a mention inside a sentence ("I mostly use AWS", misspelt or not: "intermediat experience"); or by a
/// close misspelling ("azur").
/// </summary>
public static class ChoiceMatcher
{
    public static ChoiceWording? Match(string text, IReadOnlyList<ChoiceWording> choices, bool numbersPick = true) =>
        choices.Count == 0 ? null : Exact(text, choices) ?? Ordinal(text, choices, numbersPick) ?? Mentioned(text, choices) ?? Misspelt(text, choices);

    /// <summary>The reply, filler aside, is a choice's value, title or synonym.</summary>
    public static ChoiceWording? Exact(string text, IReadOnlyList<ChoiceWording> choices)
    {
        var normalized = PhraseMatcher.Normalize(text);
        var core = PhraseMatcher.Core(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        return choices.FirstOrDefault(c => Names(c).Any(n => PhraseMatcher.NormalizePhrase(n) == normalized))
            ?? choices.FirstOrDefault(c => Names(c).Any(n => PhraseMatcher.CorePhrase(n) is { Length: > 0 } name && name == core));
    }

    // Words with which people take back what they just said: "management maybe... no wait, research".
    private static readonly string[][] CorrectionMarkers =
        [["scratch", "that"], ["no", "wait"], ["wait", "no"], ["i", "mean"], ["actually"], ["on", "second", "thought"], ["make", "that"], ["instead"]];

    /// <summary>
    /// The one choice whose mention phrase occurs in the text, if exactly one does; when several do and the person
    /// corrects themselves ("azure, no wait, google cloud"), the one mentioned after the correction.
    /// </summary>
    public static ChoiceWording? Mentioned(string text, IReadOnlyList<ChoiceWording> choices)
    {
        var tokens = PhraseMatcher.Tokens(text);
        var found = MentionedIn(tokens, choices);
        if (found.Count == 0 && WithTyposCorrected(tokens, choices) is { } spelt)
        {
            (tokens, found) = (spelt, MentionedIn(spelt, choices));
        }

        if (found.Count > 1)
        {
            // The choice named after the last correction that is followed by one ("..., scratch that, research is what I actually want").
            foreach (var end in CorrectionEnds(tokens).Reverse())
            {
                if (MentionedIn(tokens.GetRange(end, tokens.Count - end), choices) is [var corrected])
                {
                    return corrected;
                }
            }
        }

        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// The tokens with each misspelt word ("intermediat", "experiance") replaced by the one mention word it is a letter
    /// or two from, or null when nothing changed. Only a word of five letters or more that is not an English word is
    /// taken for a typo, so "plain" never becomes "plan".
    /// </summary>
    private static List<string>? WithTyposCorrected(List<string> tokens, IReadOnlyList<ChoiceWording> choices)
    {
        // Most replies hold no such word: the mention words are gathered only for one that does.
        HashSet<string>? words = null;
        List<string>? corrected = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length < 5 || ModelVocabulary.EnglishWords.Contains(token) || !token.All(char.IsAsciiLetterLower))
            {
                continue;
            }

            words ??= choices.SelectMany(c => c.Mentions).SelectMany(PhraseMatcher.WordsOfPhrase).Where(w => w.Length >= 5).ToHashSet(StringComparer.Ordinal);
            if (words.Contains(token))
            {
                continue;
            }

            var limit = token.Length >= 9 ? 2 : 1;
            var close = words.Where(w => EditDistance.DamerauLevenshtein(token, w, limit) <= limit).Take(2).ToList();
            if (close is [var word])
            {
                corrected ??= [.. tokens];
                corrected[i] = word;
            }
        }

        return corrected;
    }

    private static List<ChoiceWording> MentionedIn(IReadOnlyList<string> tokens, IReadOnlyList<ChoiceWording> choices) =>
        choices.Where(c => c.Mentions.Any(m => PhraseMatcher.Contains(tokens, m))).ToList();

    // Where each correction marker in the text ends, in order.
    private static IEnumerable<int> CorrectionEnds(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var marker in CorrectionMarkers)
            {
                if (i + marker.Length <= tokens.Count && marker.Select((word, k) => tokens[i + k] == word).All(same => same))
                {
                    yield return i + marker.Length;
                }
            }
        }
    }

    /// <summary>The choice whose years range covers the years of experience in the text ("about a year of Python" → 0–2).</summary>
    public static ChoiceWording? ByYears(string text, IReadOnlyList<ChoiceWording> choices, DateTimeOffset now) =>
        choices.Any(c => c.Years is not null) && ExperienceYears.Find(text, now) is { } years
            ? choices.FirstOrDefault(c => YearRange.Covers(c.Years, years))
            : null;

    private static ChoiceWording? Ordinal(string text, IReadOnlyList<ChoiceWording> choices, bool numbersPick)
    {
        var core = PhraseMatcher.Core(text);
        if (core.Length == 0 || core.Split(' ').Length > 2)
        {
            return null;
        }

        var ordinals = EnglishRecognizers.Ordinals(core);
        if (ordinals.Count == 1 && Index(ordinals[0]) is { } position && position >= 1 && position <= choices.Count)
        {
            return choices[position - 1];
        }

        return numbersPick && int.TryParse(core, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count
            ? choices[number - 1]
            : null;
    }

    private static ChoiceWording? Misspelt(string text, IReadOnlyList<ChoiceWording> choices)
    {
        var core = PhraseMatcher.Core(text);
        if (core.Length < 4)
        {
            return null;
        }

        var limit = core.Length <= 6 ? 1 : 2;
        var close = choices
            .Select(c => (Choice: c, Distance: Names(c).Select(PhraseMatcher.CorePhrase).Where(n => n.Length >= 4).Select(n => EditDistance.DamerauLevenshtein(core, n, limit)).DefaultIfEmpty(limit + 1).Min()))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ToList();
        return close.Count == 1 || (close.Count > 1 && close[0].Distance < close[1].Distance) ? close[0].Choice : null;
    }

    private static int? Index(ModelResult result) =>
        result.Resolution.GetValueOrDefault(ResolutionKey.Value) is { } value
        && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;

    private static IEnumerable<string> Names(ChoiceWording choice) => choice.Synonyms.Prepend(choice.Title).Prepend(choice.Value);
}
