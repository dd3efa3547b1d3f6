using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Content;

/// <summary>Readers for the small YAML files: sources, cues, replies and scope.</summary>
internal static class SmallFileReaders
{
    public static Dictionary<string, (Source Source, int Line)> ReadSources(YamlNode? root, string file, List<KnowledgeProblem> problems)
    {
        var sources = new Dictionary<string, (Source, int)>(StringComparer.Ordinal);
        foreach (var fields in MapsOf(root, file, problems, "a list of sources"))
        {
            var id = fields.Text("id");
            var publisher = fields.Text("publisher");
            var title = fields.Text("title");
            var asOf = fields.Text("asOf");
            if (id is null || publisher is null || title is null || asOf is null)
            {
                continue;
            }

            if (!sources.TryAdd(id, (new Source(id, publisher, title, asOf, fields.Text("page", false), fields.Text("note", false)), fields.Line)))
            {
                fields.Problem(fields.LineOfKey("id"), "id", $"duplicate source id '{id}' (first at line {sources[id].Item2})");
            }
        }

        return sources;
    }

    public static Dictionary<string, IReadOnlyList<string>> ReadCues(YamlNode? root, string file, List<KnowledgeProblem> problems)
    {
        var cues = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root is not YamlMappingNode map)
        {
            problems.Add(new KnowledgeProblem(file, 1, "cues", "must map each answer type to a list of phrases"));
            return cues;
        }

        var fields = new YamlFields(map, file, 0, problems);
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            var type = key.Value ?? "";
            if (!FaqEntryReader.AnswerTypes.Contains(type))
            {
                fields.Problem(fields.LineOf(key), type, "is not a known answer type");
                continue;
            }

            cues[type] = fields.List(type);
        }

        return cues;
    }

    public static Replies? ReadReplies(YamlNode? root, string file, List<KnowledgeProblem> problems)
    {
        if (root is not YamlMappingNode map)
        {
            problems.Add(new KnowledgeProblem(file, 1, "replies", "must be a set of 'name: text' fields"));
            return null;
        }

        var f = new YamlFields(map, file, 0, problems);
        string T(string key) => f.Text(key) ?? "";
        var replies = new Replies(T("welcome"), T("help"), T("fallback"), T("notCovered"),
            T("moreButton"), T("sourcesLabel"), T("error"), f.List("starters", minimum: 1))
        {
            SmallTalk = map.Children.TryGetValue(new YamlScalarNode("smallTalk"), out var talk)
                ? MapsOf(talk, file, problems, "'smallTalk:' followed by a list of replies with examples")
                    .Select(t => new SmallTalk(t.Text("reply") ?? "", t.List("examples", minimum: 1)))
                    .ToList()
                : [],
        };
        if (!replies.NotCovered.Contains("{topic}", StringComparison.Ordinal))
        {
            f.Problem(f.LineOfKey("notCovered"), "notCovered", "must contain the {topic} placeholder");
        }

        return replies;
    }

    public static List<ScopeTopic> ReadScope(YamlNode? root, string file, List<KnowledgeProblem> problems)
    {
        var topics = new List<ScopeTopic>();
        var list = root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("notCovered"), out var node) ? node : null;
        foreach (var fields in MapsOf(list, file, problems, "'notCovered:' followed by a list of topics"))
        {
            var topic = fields.Text("topic");
            var phrases = fields.List("phrases", minimum: 1);
            if (topic is not null)
            {
                topics.Add(new ScopeTopic(topic, phrases, fields.List("unless", required: false), fields.List("with", required: false)));
            }
        }

        return topics;
    }

    public static List<string> ReadDeclineExamples(YamlNode? root, string file, List<KnowledgeProblem> problems)
    {
        if (root is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode("declineExamples"), out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode list || list.Any(item => item is not YamlScalarNode))
        {
            problems.Add(new KnowledgeProblem(file, (int)node.Start.Line, "declineExamples", "must be a list of messages"));
            return [];
        }

        return list.Cast<YamlScalarNode>().Select(item => item.Value ?? "").Where(text => text.Length > 0).ToList();
    }

    private static IEnumerable<YamlFields> MapsOf(YamlNode? node, string file, List<KnowledgeProblem> problems, string expected)
    {
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(new KnowledgeProblem(file, node is null ? 1 : (int)node.Start.Line, "list", $"must be {expected}"));
            yield break;
        }

        foreach (var item in sequence)
        {
            if (item is YamlMappingNode map)
            {
                yield return new YamlFields(map, file, 0, problems);
            }
            else
            {
                problems.Add(new KnowledgeProblem(file, (int)item.Start.Line, "item", "must be a set of 'field: value' lines"));
            }
        }
    }
}
