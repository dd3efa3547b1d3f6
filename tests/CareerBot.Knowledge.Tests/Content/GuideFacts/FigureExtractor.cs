using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>
/// Finds the figures in a text: money, percentages, year ranges, years of experience, years and counts.
/// Each kind is found in turn and blanked out, so "$15K-$25K" is two sums of money and not also a count.
/// </summary>
internal static partial class FigureExtractor
{
    private static readonly string[] s_numberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>The figures as the page writes them, each with its key.</summary>
    public static IEnumerable<GuideFact> Extract(string normalisedText)
    {
        var text = new StringBuilder(normalisedText);
        foreach (var fact in Take(text, YearRange(), m => $"years {m.Groups["a"].Value}-{m.Groups["b"].Value}")) yield return fact;
        foreach (var fact in Take(text, Money(), m => "money " + Value(m))) yield return fact;
        foreach (var fact in Take(text, Percent(), m => "percent " + m.Groups["n"].Value)) yield return fact;
        foreach (var fact in Take(text, Experience(), ExperienceKey)) yield return fact;
        foreach (var fact in Take(text, Number(), NumberKey)) yield return fact;
    }

    /// <summary>
    /// Every key a text can satisfy: its own figures, and each number in it read as money, a year and a
    /// count, since a table stores "$152K" as <c>amount: 152000</c>.
    /// </summary>
    public static HashSet<string> KeysIn(string normalisedText)
    {
        var keys = Extract(normalisedText).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (Match number in Number().Matches(normalisedText))
        {
            var value = Value(number);
            keys.Add("money " + value);
            keys.Add("year " + value);
            keys.Add("count " + value);
        }

        return keys;
    }

    /// <summary>"four certifications" → "4 certifications", so a count reads the same either way.</summary>
    public static string WithDigits(string text) =>
        NumberWord().Replace(text, m => Array.IndexOf(s_numberWords, m.Value.ToLowerInvariant()).ToString(CultureInfo.InvariantCulture));

    private static List<GuideFact> Take(StringBuilder text, Regex pattern, Func<Match, string> key)
    {
        var facts = new List<GuideFact>();
        foreach (Match match in pattern.Matches(text.ToString()))
        {
            facts.Add(new GuideFact(key(match), match.Value.Trim()));
            text.Remove(match.Index, match.Length).Insert(match.Index, new string(' ', match.Length));
        }

        return facts;
    }

    private static string ExperienceKey(Match match)
    {
        var to = match.Groups["b"].Success ? "-" + match.Groups["b"].Value : "";
        var plus = match.Groups["plus"].Success ? "+" : "";
        return $"experience {match.Groups["a"].Value}{to}{plus} years";
    }

    // A year stands alone; big or written-out numbers are counts by value; a small count keeps the
    // word it counts ("4 certifications"), since the bare digit would be found anywhere.
    private static string NumberKey(Match match)
    {
        var value = Value(match);
        if (match.Groups["s"].Success || match.Groups["n"].Value.Contains(',', StringComparison.Ordinal)) return "count " + value;
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);
        if (number is >= 1900 and <= 2099 && !match.Groups["d"].Success) return "year " + value;
        if (number >= 100 || !match.Groups["word"].Success) return "count " + value;
        return $"count {value} {match.Groups["word"].Value.ToLowerInvariant()}";
    }

    private static string Value(Match match)
    {
        var whole = match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
        var fraction = match.Groups["d"].Success ? "." + match.Groups["d"].Value : "";
        var value = decimal.Parse(whole + fraction, CultureInfo.InvariantCulture) * Multiplier(match.Groups["s"].Value);
        return value.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private static decimal Multiplier(string suffix) => suffix.ToLowerInvariant() switch
    {
        "k" => 1_000m,
        "m" or "million" => 1_000_000m,
        "b" or "billion" => 1_000_000_000m,
        _ => 1m,
    };

    private const string Amount = @"(?<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<d>\d+))?(?:\s?(?<s>[KkMB](?![\w])|million\b|billion\b))?";

    [GeneratedRegex(@"(?<![\w.$,])(?<a>(?:19|20)\d\d) ?(?:-|to|and) ?(?<b>(?:19|20)\d\d)(?![\w%]|[.,]\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<![\w])(?:\$|USD ?)" + Amount, RegexOptions.ExplicitCapture)]
    private static partial Regex Money();

    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(?:\.\d+)?) ?(?:%|percent\b)", RegexOptions.ExplicitCapture)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\w.])(?<a>\d{1,2})(?: ?- ?(?<b>\d{1,2}))?(?<plus>\+)? ?years?\b", RegexOptions.ExplicitCapture)]
    private static partial Regex Experience();

    [GeneratedRegex(@"(?<![\w.])" + Amount + @"(?: (?<word>[A-Za-z]+))?", RegexOptions.ExplicitCapture)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();
}
