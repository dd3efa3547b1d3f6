using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Rendering;

/// <summary>
/// The guide's Markdown made fit for where it is shown: Teams and Adaptive Cards know emphasis, lists
/// and links but not headings or tables; a terminal knows none of it.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Headings become bold lines and table rows become list items; the rest stays Markdown.</summary>
    public static string ForTeams(string markdown)
    {
        var lines = new List<string>();
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (TableRule().IsMatch(line))
            {
                continue;
            }

            if (TableRow().IsMatch(line))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0);
                lines.Add("- " + string.Join(" · ", cells));
                continue;
            }

            lines.Add(Heading().Replace(line, m => $"**{m.Groups[1].Value.Trim()}**"));
        }

        return string.Join('\n', lines).Trim();
    }

    /// <summary>Emphasis markers, heading marks and link syntax removed; list dashes and table rows kept readable.</summary>
    public static string ToPlain(string markdown)
    {
        var text = ForTeams(markdown);
        text = Link().Replace(text, "$1 ($2)");
        text = Strong().Replace(text, "$2");
        text = Emphasis().Replace(text, "$2");
        var plain = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            plain.Append(line.TrimEnd()).Append('\n');
        }

        return plain.ToString().Trim();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*\|.*\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(\S(?:.*?\S)?)\1")]
    private static partial Regex Strong();

    // Single markers only at word edges, so snake_case and 2*3 survive.
    [GeneratedRegex(@"(?<![\w*])([*_])(\S(?:.*?\S)?)\1(?![\w*])")]
    private static partial Regex Emphasis();
}
