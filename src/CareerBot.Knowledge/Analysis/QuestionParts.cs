using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// A message that asks two things ("what's the entry-level pay, and which cert should I start with?") split into
/// its questions, so each gets its own answer. A part starts only where a new question starts: after "?", or after
/// ", and" / "and" / "also" / "plus" / ";" when a question word or auxiliary verb follows, and only when the message
/// itself opens as a question. "Python and SQL", "skills and tools" stay one question, and so does a topic followed by
/// a question about it ("aws specialty exam, should I bother?").
/// </summary>
public static partial class QuestionParts
{
    /// <summary>At most this many parts: a longer list is a page, not a conversation turn.</summary>
    public const int MaxParts = 3;

    // A part needs this many words to be a question of its own ("and why?" is read with the one before it).
    private const int MinWords = 3;

    public static IReadOnlyList<string> Split(string text)
    {
        if (text.Length > 300)
        {
            return [text];
        }

        if (!Opener().IsMatch(text))
        {
            return [text];
        }

        var parts = Boundary().Split(text)
            .Select(p => p.Trim().TrimStart(',', ';', ' ').Trim())
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count is < 2 or > MaxParts || parts.Any(p => Words(p) < MinWords) ? [text] : parts;
    }

    private static int Words(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private const string QuestionStart = @"(?:what|what's|whats|which|how|who|where|when|why|is|are|do|does|did|can|could|should|would|will|any)\b";

    [GeneratedRegex(
        @"(?:\?+\s+|\s*[,;]\s*(?:and\s+|also\s+|plus\s+|but\s+)?|\s+(?:and|also|plus)\s+)(?=" + QuestionStart + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^\W*" + QuestionStart, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Opener();
}
