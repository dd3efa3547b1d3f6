using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Content;

/// <summary>Reads one <c>faq/**/*.md</c> file into an entry, reporting every field problem.</summary>
internal static partial class FaqEntryReader
{
    private const int MinimumAlternates = 4;

    public static readonly IReadOnlySet<string> AnswerTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "salary", "cost", "timeline", "outlook", "definition", "list", "howto", "comparison", "yesno", "advice",
    };

    /// <summary>Returns the entry and the line of each cross-reference, for the checks that need the whole folder.</summary>
    public static (FaqEntry Entry, int IdLine, int SourcesLine, int RelatedLine)? Read(string text, string file, List<KnowledgeProblem> problems)
    {
        var parts = MarkdownEntryFile.Split(text, file, problems);
        if (parts is null)
        {
            return null;
        }

        var offset = parts.FrontMatterLine - 1;
        var root = YamlFields.Parse(parts.FrontMatter, file, offset, problems);
        if (root is not YamlMappingNode map)
        {
            if (root is not null)
            {
                problems.Add(new KnowledgeProblem(file, parts.FrontMatterLine, "front matter", "must be a set of 'field: value' lines"));
            }

            return null;
        }

        var before = problems.Count;
        var fields = new YamlFields(map, file, offset, problems);
        var id = fields.Text("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            fields.Problem(fields.LineOfKey("id"), "id", $"'{id}' must be lower-case words joined by '-'");
        }

        var expectedId = Path.GetFileNameWithoutExtension(file);
        if (id is not null && id != expectedId)
        {
            fields.Problem(fields.LineOfKey("id"), "id", $"'{id}' does not match the file name '{expectedId}.md'");
        }

        var question = fields.Text("question");
        var alternates = fields.List("alternates", minimum: MinimumAlternates);
        var tags = fields.List("tags", minimum: 1);
        var type = fields.Text("type");
        if (type is not null && !AnswerTypes.Contains(type))
        {
            fields.Problem(fields.LineOfKey("type"), "type", $"'{type}' is not one of {string.Join(", ", AnswerTypes.Order())}");
        }

        var sources = fields.List("sources", minimum: 1);
        var related = fields.List("related", required: false);
        var followup = fields.Text("followup", required: false);
        if (parts.ShortAnswer.Length == 0)
        {
            fields.Problem(parts.BodyLine, "answer", "is empty: write the answer below the closing '---'");
        }

        if (problems.Count > before || id is null || question is null || type is null)
        {
            return null;
        }

        var entry = new FaqEntry(id, question, alternates, tags, type, sources, related, followup, parts.ShortAnswer, parts.Details, file);
        return (entry, fields.LineOfKey("id"), fields.LineOfKey("sources"), fields.LineOfKey("related"));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
