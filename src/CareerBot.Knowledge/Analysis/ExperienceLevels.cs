using System.Globalization;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Reads "7+ years", "after 8 years" or "4 or 5 yrs" as the experience level the salary table
/// gives for that many years, so a question about years finds the entry about that level.
/// The year bands come from <c>data/salaries.yaml</c>, first source first.
/// </summary>
public sealed class ExperienceLevels
{
    // The words each level id of salaries.yaml is called by in the guide's entries.
    private static readonly Dictionary<string, string[]> LevelWords = new(StringComparer.Ordinal)
    {
        ["entry"] = ["entry", "level"],
        ["junior"] = ["junior"],
        ["mid"] = ["mid", "level"],
        ["senior"] = ["senior"],
        ["lead"] = ["lead"],
    };

    // "in 5 years" and "within 10 years" are a time ahead, not someone's experience.
    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal) { "in", "within", "next", "another", "coming" };

    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "year", "years", "yr", "yrs" };

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private readonly List<(double From, double? To, string Level)> _bands;

    public ExperienceLevels(SalaryTable salaries)
    {
        _bands = salaries.Levels
            .SelectMany(source => source.Rows)
            .Select(row => (Band: Parse(row.Years), row.Level))
            .Where(b => b.Band is not null && LevelWords.ContainsKey(b.Level))
            .Select(b => (b.Band!.Value.From, b.Band.Value.To, b.Level))
            .ToList();
    }

    public static ExperienceLevels None { get; } = new(new SalaryTable());

    /// <summary>Replaces the first "N years" in the words with the level's words; true if it did.</summary>
    public bool Rewrite(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (YearWords.Contains(words[i + 1]) && !(i > 0 && FutureWords.Contains(words[i - 1]))
                && NumberOf(words[i]) is { } years && LevelFor(years) is { } level)
            {
                words.RemoveRange(i, 2);
                words.InsertRange(i, LevelWords[level]);
                return true;
            }
        }

        return false;
    }

    private string? LevelFor(double years)
    {
        // "10+ years" bands first; then the first band that holds the number, both ends included
        // ("5 years" is the top of 2–5 before the bottom of 5–10).
        foreach (var (from, to, level) in _bands.Where(b => b.To is null).Concat(_bands.Where(b => b.To is not null)))
        {
            if (years >= from && (to is null || years <= to))
            {
                return level;
            }
        }

        return null;
    }

    private static double? NumberOf(string token) =>
        double.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : Array.IndexOf(NumberWords, token) is var index and >= 0 ? index
        : null;

    // "0–2" → 0 to 2; "10+" → 10 and up.
    private static (double From, double? To)? Parse(string? years)
    {
        if (string.IsNullOrWhiteSpace(years))
        {
            return null;
        }

        var parts = years.Replace('–', '-').Replace('—', '-').TrimEnd('+').Split('-', StringSplitOptions.TrimEntries);
        if (!double.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var from))
        {
            return null;
        }

        if (years.TrimEnd().EndsWith('+') || parts.Length == 1)
        {
            return (from, null);
        }

        return double.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var to) ? (from, to) : null;
    }
}
