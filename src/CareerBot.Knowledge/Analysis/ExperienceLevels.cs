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

    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "year", "years", "yr", "yrs" };

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

    /// <summary>The level words for the first "N years" in the tokens, or nothing.</summary>
    public IReadOnlyList<string> WordsFor(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (YearWords.Contains(tokens[i + 1]) && double.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var years))
            {
                foreach (var (from, to, level) in _bands)
                {
                    if (years >= from && (to is null || years < to))
                    {
                        return LevelWords[level];
                    }
                }
            }
        }

        return [];
    }

    // "0–2" → [0, 2); "10+" → [10, ∞).
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
