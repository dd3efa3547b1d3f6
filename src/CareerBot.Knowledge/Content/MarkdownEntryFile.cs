namespace CareerBot.Knowledge.Content;

/// <summary>
/// Splits an entry file into its YAML front matter and its Markdown answer,
/// and the answer into the short part and the details under <c>## More</c>.
/// </summary>
internal sealed record MarkdownEntryFile(string FrontMatter, int FrontMatterLine, string ShortAnswer, string? Details, int BodyLine)
{
    private const string Fence = "---";
    private const string MoreHeading = "## More";

    public static MarkdownEntryFile? Split(string text, string file, List<KnowledgeProblem> problems)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            problems.Add(new KnowledgeProblem(file, 1, "front matter", "the file must start with a '---' line, then the YAML fields, then '---'"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == Fence);
        if (close < 0)
        {
            problems.Add(new KnowledgeProblem(file, 1, "front matter", "no closing '---' line after the YAML fields"));
            return null;
        }

        var frontMatter = string.Join('\n', lines[1..close]);
        var body = lines[(close + 1)..];
        var more = Array.FindIndex(body, l => l.Trim().Equals(MoreHeading, StringComparison.OrdinalIgnoreCase));
        var shortPart = string.Join('\n', more < 0 ? body : body[..more]).Trim();
        var details = more < 0 ? null : string.Join('\n', body[(more + 1)..]).Trim();
        return new MarkdownEntryFile(frontMatter, 2, shortPart, string.IsNullOrEmpty(details) ? null : details, close + 2);
    }
}
