using System.Text.RegularExpressions;
using Microsoft.Recognizers.Definitions.English;

namespace CareerBot.Recognizers;

/// <summary>
/// Yes or no on Microsoft's English choice patterns (<see cref="ChoiceDefinitions"/>), scored as its
/// boolean model documents: 0.4 + 0.6 × (the match's tokens / the reply's tokens), so "not ok" beats the
/// "ok" inside it and a lone "yep" scores 1. Only the best match is returned; the rest are listed under
/// "otherResults". Microsoft.Recognizers.Text.Choice itself is not in our registry.
/// </summary>
internal static class YesNoModel
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(200);
    private static readonly Regex s_true = new(ChoiceDefinitions.TrueRegex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_timeout);
    private static readonly Regex s_false = new(ChoiceDefinitions.FalseRegex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_timeout);
    private static readonly Regex s_separator = new(ChoiceDefinitions.TokenizerRegex, RegexOptions.CultureInvariant, s_timeout);

    public static List<ModelResult> Recognize(string text)
    {
        var total = CountTokens(text);
        if (total == 0) return [];
        var matches = Matches(text, s_true, value: true).Concat(Matches(text, s_false, value: false))
            .Select(m => (m.Start, m.Text, m.Value, Score: 0.4 + (0.6 * CountTokens(m.Text) / total)))
            .OrderBy(m => m.Start)
            .ToList();
        if (matches.Count == 0) return [];

        var best = matches.Aggregate((top, next) => next.Score > top.Score ? next : top);
        var others = matches.Where(m => m != best)
            .Select(m => (object?)new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["text"] = m.Text,
                [ResolutionKey.Value] = m.Value,
                [ResolutionKey.Score] = m.Score,
            })
            .ToList();
        return
        [
            new ModelResult
            {
                Text = best.Text,
                Start = best.Start,
                End = best.Start + best.Text.Length - 1,
                TypeName = "boolean",
                Resolution = new SortedDictionary<string, object?>(StringComparer.Ordinal)
                {
                    [ResolutionKey.Value] = best.Value,
                    [ResolutionKey.Score] = best.Score,
                    [ResolutionKey.OtherResults] = others,
                },
            },
        ];
    }

    private static IEnumerable<(int Start, string Text, bool Value)> Matches(string text, Regex pattern, bool value) =>
        pattern.Matches(text).Where(m => m.Length > 0).Select(m => (m.Index, m.Value, value));

    /// <summary>Words split at non-word characters; every emoji or skin-tone code point is a token of its own.</summary>
    private static int CountTokens(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var symbol = char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString();
            if (symbol.Length == 2)
            {
                count++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(symbol[0]) || s_separator.IsMatch(symbol))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                count++;
                inWord = true;
            }
        }

        return count;
    }
}
