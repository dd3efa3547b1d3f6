using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Knowledge.Content;

/// <summary>Reads a structured table under <c>data/</c> and checks that every row names a known source.</summary>
internal static class DataTableReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static T Read<T>(string text, string file, IReadOnlySet<string> sourceIds, List<KnowledgeProblem> problems)
        where T : new()
    {
        var root = YamlFields.Parse(text, file, 0, problems);
        if (root is null)
        {
            return new T();
        }

        CheckSourceReferences(root, file, sourceIds, problems);
        try
        {
            return Deserializer.Deserialize<T>(text) ?? new T();
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Trim();
            problems.Add(new KnowledgeProblem(file, (int)e.Start.Line, "table", reason));
            return new T();
        }
    }

    private static void CheckSourceReferences(YamlNode node, string file, IReadOnlySet<string> sourceIds, List<KnowledgeProblem> problems)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    var name = (key as YamlScalarNode)?.Value;
                    var ids = name switch
                    {
                        "source" when value is YamlScalarNode s => [s],
                        "sources" when value is YamlSequenceNode seq => seq.OfType<YamlScalarNode>().ToList(),
                        _ => new List<YamlScalarNode>(),
                    };
                    foreach (var id in ids.Where(id => !sourceIds.Contains(id.Value ?? "")))
                    {
                        problems.Add(new KnowledgeProblem(file, (int)id.Start.Line, name!, $"unknown source id '{id.Value}'"));
                    }

                    CheckSourceReferences(value, file, sourceIds, problems);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    CheckSourceReferences(item, file, sourceIds, problems);
                }

                break;
        }
    }
}
