namespace CareerBot.Rendering;

/// <summary>
/// Cuts a long text into messages a channel accepts: at paragraph breaks where possible, then at line
/// breaks, then between sentences or words, never inside a word unless a single word is too long.
/// </summary>
public static class MessageSplitter
{
    /// <summary>
    /// Teams accepts about 100 KB (UTF-16, so ~50,000 characters) and older clients far less; 12,000 characters
    /// is ~24 KB on the wire, safely under the 28 KB the strictest documented limit allows.
    /// </summary>
    public const int TeamsLimit = 12_000;

    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = LastBreak(rest, limit, "\n\n") ?? LastBreak(rest, limit, "\n") ?? LastBreak(rest, limit, ". ") ?? LastBreak(rest, limit, " ") ?? limit;
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    // The end of the last separator that leaves the part within the limit, unless that part would be tiny.
    private static int? LastBreak(string text, int limit, string separator)
    {
        var at = text.LastIndexOf(separator, limit - 1, limit, StringComparison.Ordinal);
        return at > limit / 4 ? at + separator.TrimEnd().Length : null;
    }
}
