using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>An ordinal: absolute ("21st", "twenty-first" → start+21) or relative ("last" → end+0).</summary>
internal sealed record FoundOrdinal(int Start, int End, double Offset, string RelativeTo)
{
    public bool IsRelative => RelativeTo != "start";

    public string Value => IsRelative
        ? RelativeTo + (Offset < 0 ? "-" : "+") + Math.Abs(Offset).ToString(CultureInfo.InvariantCulture)
        : NumberFormatter.Format(Offset);
}

/// <summary>Finds ordinals: digits with st/nd/rd/th, ordinal words with a cardinal prefix, and relative ones.</summary>
internal static partial class OrdinalFinder
{
    [GeneratedRegex(@"\b(?:(?<m1>the\s+last\s+but\s+one|the\s+one\s+before\s+the\s+last(?:\s+one)?|(?:the\s+)?second\s+to\s+last|next\s+to\s+last|penultimate)|(?<m2>antepenultimate)|(?<end>last)|(?<p1>next(?:\s+one)?)|(?<n1>previous(?:\s+one)?)|(?<cur>current(?:\s+one)?))\b", RegexOptions.ExplicitCapture)]
    private static partial Regex RelativePattern();

    private static readonly HashSet<string> s_suffixes = ["st", "nd", "rd", "th"];

    public static List<FoundOrdinal> FindAll(NumberFinder finder)
    {
        var lower = finder.Query.ToLowerInvariant();
        var found = new List<FoundOrdinal>();
        foreach (Match match in RelativePattern().Matches(lower))
        {
            var (offset, relativeTo) = match.Groups["m1"].Success ? (-1d, "end")
                : match.Groups["m2"].Success ? (-2d, "end")
                : match.Groups["end"].Success ? (0d, "end")
                : match.Groups["p1"].Success ? (1d, "current")
                : match.Groups["n1"].Success ? (-1d, "current")
                : (0d, "current");
            found.Add(new FoundOrdinal(match.Index, match.Index + match.Length, offset, relativeTo));
        }

        var tokens = finder.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (TryAbsoluteAt(tokens, i, out var ordinal, out var next) && !found.Any(f => f.Start < ordinal.End && ordinal.Start < f.End))
            {
                found.Add(ordinal);
                i = next;
            }
            else
            {
                i++;
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    private static bool TryAbsoluteAt(List<Token> tokens, int i, out FoundOrdinal ordinal, out int next)
    {
        ordinal = null!;
        next = i + 1;
        var token = tokens[i];
        if (token.Kind == TokenKind.Numeral && token.IsPlainInteger && i + 1 < tokens.Count
            && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Start == token.End && s_suffixes.Contains(tokens[i + 1].Text))
        {
            ordinal = new FoundOrdinal(token.Start, tokens[i + 1].End, token.Value, "start");
            next = i + 2;
            return true;
        }

        if (CardinalComposer.Compose(tokens, i) is { } prefix && prefix.Last != WordKind.Numeral)
        {
            var at = prefix.TokenEnd < tokens.Count && tokens[prefix.TokenEnd].Kind == TokenKind.Hyphen ? prefix.TokenEnd + 1 : prefix.TokenEnd;
            if (at < tokens.Count && IsOrdinalWord(tokens[at], out var value) && Combine(prefix, value, out var combined))
            {
                ordinal = new FoundOrdinal(token.Start, tokens[at].End, combined, "start");
                next = at + 1;
                return true;
            }
        }

        if (IsOrdinalWord(token, out var single))
        {
            // "a trillionth" is a fraction, not a rank.
            if (single >= 100 && i > 0 && WordKinds.Of(tokens[i - 1], out _) == WordKind.Article) return false;
            ordinal = new FoundOrdinal(token.Start, token.End, single, "start");
            return true;
        }

        return false;
    }

    private static bool IsOrdinalWord(Token token, out double value)
    {
        value = 0;
        return token.Kind == TokenKind.Word && NumberWords.Ordinals.TryGetValue(token.Text, out value);
    }

    private static bool Combine(CardinalComposer.Cardinal prefix, double ordinal, out double value)
    {
        value = 0;
        if (ordinal >= 100)
        {
            if (prefix.Last is WordKind.Zero or WordKind.Dozen) return false;
            value = prefix.Value * ordinal;
            return true;
        }

        var fits = ordinal < 10
            ? prefix.Last is WordKind.Tens or WordKind.Hundred or WordKind.Scale
            : prefix.Last is WordKind.Hundred or WordKind.Scale;
        value = prefix.Value + ordinal;
        return fits;
    }
}
