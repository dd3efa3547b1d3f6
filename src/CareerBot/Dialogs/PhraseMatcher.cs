using System.Collections.Concurrent;
using CareerBot.Knowledge.Analysis;

namespace CareerBot.Dialogs;

/// <summary>
/// Word-level matching for triggers, commands and choices: text is compared as lower-case word
/// tokens, so punctuation and case never matter, and a phrase matches only whole words.
/// </summary>
public static class PhraseMatcher
{
    // Words around an answer that do not change it: "I'd say the second one, please".
    private static readonly HashSet<string> EdgeFillers = new(StringComparer.Ordinal)
    {
        "i", "d", "id", "im", "m", "say", "the", "think", "probably", "maybe", "um", "uh", "hmm", "option", "it", "its", "s", "use",
        "a", "an", "guess", "please", "one", "choice", "ok", "okay", "well", "like", "go", "with", "pick", "choose", "just", "oh",
        "lets", "let", "want", "thanks", "thank", "you", "now", "that", "this", "then",
    };

    // Phrases come from knowledge/ (choices, triggers, commands) and every reply is checked against hundreds of them:
    // their words are analysed once, not on every turn. Bounded for safety; when full it starts over.
    private const int MaxPhrases = 8_192;
    private static readonly ConcurrentDictionary<string, PhraseForms> Phrases = new(StringComparer.Ordinal);

    private sealed record PhraseForms(string[] Words, string[] Stems, string Normalized, string Core);

    public static List<string> Tokens(string text) => Tokenizer.Tokenize(text);

    /// <summary><see cref="Normalize"/> for a phrase from knowledge/, remembered.</summary>
    public static string NormalizePhrase(string phrase) => FormsOf(phrase).Normalized;

    /// <summary><see cref="Core"/> for a phrase from knowledge/, remembered.</summary>
    public static string CorePhrase(string phrase) => FormsOf(phrase).Core;

    /// <summary>The words of a phrase from knowledge/, remembered.</summary>
    public static IReadOnlyList<string> WordsOfPhrase(string phrase) => FormsOf(phrase).Words;

    private static PhraseForms FormsOf(string phrase)
    {
        if (Phrases.TryGetValue(phrase, out var forms))
        {
            return forms;
        }

        if (Phrases.Count >= MaxPhrases)
        {
            Phrases.Clear();
        }

        var words = Tokens(phrase);
        forms = new PhraseForms([.. words], [.. words.Select(WordStem.Of)], string.Join(' ', words), CoreOf(words));
        Phrases.TryAdd(phrase, forms);
        return forms;
    }

    public static string Normalize(string text) => string.Join(' ', Tokens(text));

    /// <summary>The words with filler removed from both ends: "I'd say the second one" → "second".</summary>
    public static string Core(string text) => CoreOf(Tokens(text));

    private static string CoreOf(List<string> tokens)
    {
        var start = 0;
        var end = tokens.Count;
        while (start < end && EdgeFillers.Contains(tokens[start])) start++;
        while (end > start && EdgeFillers.Contains(tokens[end - 1])) end--;
        return string.Join(' ', tokens.Skip(start).Take(end - start));
    }

    /// <summary>
    /// Whether the phrase occurs in the text as a run of whole words, each as written or with an ending added ("plan my
    /// certs" in "planning my certs"). Never with one taken away: "which certifications should I take" asks for a plan,
    /// "which certification should I take first?" for the guide's answer.
    /// </summary>
    public static bool Contains(IReadOnlyList<string> tokens, string phrase)
    {
        var forms = FormsOf(phrase);
        var words = forms.Words;
        if (words.Length == 0 || words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                var token = tokens[i + k];
                all = token == words[k] || (token.Length > words[k].Length && token.StartsWith(forms.Stems[k], StringComparison.Ordinal) && WordStem.Of(token) == forms.Stems[k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the whole message, filler aside, is one of the phrases: "cancel", "ok never mind", "stop please".</summary>
    public static bool IsCommand(string text, IEnumerable<string> phrases)
    {
        var raw = text.Trim().ToLowerInvariant();
        var core = Core(text);
        var normalized = Normalize(text);
        return phrases.Any(p => p == raw || (NormalizePhrase(p) is { Length: > 0 } phrase && (phrase == normalized || phrase == core)));
    }
}
