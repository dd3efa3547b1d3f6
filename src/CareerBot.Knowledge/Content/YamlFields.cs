using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Content;

/// <summary>
/// Reads fields from a YAML mapping and records every problem with the line it is on,
/// so an editor is pointed at the exact place to fix.
/// </summary>
internal sealed class YamlFields(YamlMappingNode map, string file, int lineOffset, List<KnowledgeProblem> problems)
{
    public int Line => LineOf(map);

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public int LineOfKey(string key) =>
        map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } keyNode ? LineOf(keyNode) : Line;

    public YamlNode? Node(string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? Text(string key, bool required = true)
    {
        switch (Node(key))
        {
            case null:
                if (required)
                {
                    Problem(Line, key, "is missing");
                }

                return null;
            case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                return value.Trim();
            case YamlScalarNode scalar:
                if (required)
                {
                    Problem(LineOf(scalar), key, "is empty");
                }

                return null;
            case var other:
                Problem(LineOf(other), key, "must be text, not a list or map");
                return null;
        }
    }

    public IReadOnlyList<string> List(string key, bool required = true, int minimum = 0)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Problem(Line, key, "is missing");
            }

            return [];
        }

        if (node is YamlScalarNode { Value: null or "" or "[]" })
        {
            return CheckMinimum([], node, key, minimum);
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(LineOf(node), key, "must be a list");
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add(value.Trim());
            }
            else
            {
                Problem(LineOf(item), key, "has an empty or non-text item");
            }
        }

        return CheckMinimum(items, node, key, minimum);
    }

    public void Problem(int line, string field, string message) => problems.Add(new KnowledgeProblem(file, line, field, message));

    private List<string> CheckMinimum(List<string> items, YamlNode node, string key, int minimum)
    {
        if (items.Count < minimum)
        {
            Problem(LineOf(node), key, $"needs at least {minimum} item(s), has {items.Count}");
        }

        return items;
    }

    /// <summary>Parses YAML text, reporting a syntax error at its line instead of throwing.</summary>
    public static YamlNode? Parse(string text, string file, int lineOffset, List<KnowledgeProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Trim();
            problems.Add(new KnowledgeProblem(file, (int)e.Start.Line + lineOffset, "yaml", $"malformed YAML: {reason}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some broken input; point at the block's start.
            problems.Add(new KnowledgeProblem(file, 1 + lineOffset, "yaml", "malformed YAML: check brackets, quotes and indentation in this block"));
            return null;
        }
    }
}
