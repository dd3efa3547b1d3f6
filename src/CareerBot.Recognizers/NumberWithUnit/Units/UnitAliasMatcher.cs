namespace CareerBot.Recognizers.NumberWithUnit.Units;

/// <summary>Finds the longest unit alias that ends or starts at a position of the query.</summary>
internal sealed class UnitAliasMatcher
{
    private readonly List<UnitAlias> _aliases;

    public UnitAliasMatcher(IEnumerable<UnitAlias> aliases) =>
        _aliases = [.. aliases.OrderByDescending(a => a.Text.Length).ThenByDescending(a => a.CaseSensitive)];

    public IEnumerable<UnitAlias> All => _aliases;

    /// <summary>The longest alias starting exactly at <paramref name="start"/> and ending at a word boundary.</summary>
    public UnitAlias? StartingAt(string text, int start, UnitPlacement placement)
    {
        foreach (var alias in _aliases)
        {
            if ((alias.Placement & placement) == 0 || start + alias.Text.Length > text.Length) continue;
            if (!Same(text, start, alias)) continue;
            var end = start + alias.Text.Length;
            if (IsWordChar(alias.Text[^1]) && end < text.Length && IsWordChar(text[end])) continue;
            return alias;
        }

        return null;
    }

    /// <summary>The longest alias ending exactly at <paramref name="end"/> (exclusive) that starts at a word boundary.</summary>
    public UnitAlias? EndingAt(string text, int end, UnitPlacement placement)
    {
        foreach (var alias in _aliases)
        {
            var start = end - alias.Text.Length;
            if ((alias.Placement & placement) == 0 || start < 0) continue;
            if (!Same(text, start, alias)) continue;
            if (IsWordChar(alias.Text[0]) && start > 0 && char.IsLetter(text[start - 1])) continue;
            return alias;
        }

        return null;
    }

    private static bool Same(string text, int start, UnitAlias alias) =>
        string.Compare(text, start, alias.Text, 0, alias.Text.Length,
            alias.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
