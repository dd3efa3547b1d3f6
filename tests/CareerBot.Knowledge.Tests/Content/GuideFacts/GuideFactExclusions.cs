using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>
/// knowledge/guide-fact-exclusions.yaml: facts on the guide pages the knowledge leaves out on purpose, and
/// words the pages capitalise that are not names. Every item carries the reason it is there.
/// </summary>
internal sealed class GuideFactExclusions
{
    public const string FileName = "guide-fact-exclusions.yaml";

    public List<ExcludedWord> OrdinaryWords { get; set; } = [];

    public List<ExcludedFact> Facts { get; set; } = [];

    public static GuideFactExclusions Load(string knowledgeFolder)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<GuideFactExclusions?>(File.ReadAllText(Path.Combine(knowledgeFolder, FileName))) ?? new GuideFactExclusions();
    }

    public sealed class ExcludedWord
    {
        public string Word { get; set; } = "";

        public string Reason { get; set; } = "";
    }

    public sealed class ExcludedFact
    {
        public string Fact { get; set; } = "";

        public string Reason { get; set; } = "";
    }
}
