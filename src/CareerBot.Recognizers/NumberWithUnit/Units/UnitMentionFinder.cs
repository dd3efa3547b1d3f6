using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.NumberWithUnit.Units;

/// <summary>
/// Pairs numbers with the unit written right before or after them ("$ 20", "20 usd", "12-cent",
/// "20 (kg)"). Where two readings overlap, a unit glued to its number wins ("3 USD50" is USD 50),
/// then the one that starts first.
/// </summary>
internal static class UnitMentionFinder
{
    private static readonly Dictionary<char, char> s_brackets = new() { ['('] = ')', ['['] = ']', ['{'] = '}', ['<'] = '>' };

    public static List<UnitMention> Find(string text, NumberFinder numbers, UnitAliasMatcher matcher, Func<ParsedNumber, bool>? acceptNumber = null)
    {
        var candidates = new List<UnitMention>();
        foreach (var number in numbers.Numbers.Where(acceptNumber ?? (_ => true)))
        {
            if (After(text, number, matcher) is { } after) candidates.Add(after);
            if (Before(text, number, matcher) is { } before) candidates.Add(before);
        }

        var chosen = new List<UnitMention>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Attached).ThenBy(c => c.Start).ThenByDescending(c => c.Length))
        {
            if (!chosen.Any(candidate.Overlaps)) chosen.Add(candidate);
        }

        return [.. chosen.OrderBy(c => c.Start)];
    }

    /// <summary>Units that may appear with no number ("dollar" in "a multibillion-dollar deal").</summary>
    public static IEnumerable<UnitMention> Bare(string text, UnitAliasMatcher matcher, IReadOnlyList<UnitMention> taken)
    {
        var found = new List<UnitMention>();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            if (matcher.StartingAt(text, i, UnitPlacement.Alone) is not { } alias) continue;
            var mention = new UnitMention(i, i + alias.Text.Length, null, alias, false);
            if (taken.Any(mention.Overlaps) || found.Any(mention.Overlaps)) continue;
            found.Add(mention);
        }

        return found;
    }

    private static UnitMention? After(string text, ParsedNumber number, UnitAliasMatcher matcher)
    {
        var position = number.End;
        while (position < text.Length && text[position] == ' ') position++;
        if (position == number.End && position < text.Length && text[position] == '-') position++;
        char? closing = null;
        if (position < text.Length && s_brackets.TryGetValue(text[position], out var close))
        {
            closing = close;
            position++;
        }

        if (matcher.StartingAt(text, position, UnitPlacement.After) is not { } alias) return null;
        var end = position + alias.Text.Length;
        if (closing is { } expected)
        {
            if (end >= text.Length || text[end] != expected) return null;
            end++;
        }

        return new UnitMention(number.Start, end, number.Value, alias, position == number.End) { Number = number };
    }

    private static UnitMention? Before(string text, ParsedNumber number, UnitAliasMatcher matcher)
    {
        var position = number.Start;
        while (position > 0 && text[position - 1] == ' ') position--;
        if (matcher.EndingAt(text, position, UnitPlacement.Before) is not { } alias) return null;
        return new UnitMention(position - alias.Text.Length, number.End, number.Value, alias, position == number.Start) { Number = number };
    }
}
