using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The blind evaluation files in Blind/: written from the five guide pages alone by someone who never
/// saw knowledge/, the code or the tuning set, committed before tuning and never tuned on. They name
/// no entries, only facts a right reply must show ('|' separates acceptable spellings of one fact).
/// </summary>
public static class BlindSet
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    public static List<BlindQuestion> Questions() => Read<List<BlindQuestion>>("questions.yaml");

    public static List<BlindQuestion> OutOfScope() => Read<List<BlindQuestion>>("out-of-scope.yaml");

    public static List<BlindConversation> Followups() => Read<List<BlindConversation>>("followups.yaml");

    /// <summary>
    /// Which misses a run prints: none unless CAREERBOT_SHOW_BLIND_MISSES=1, so whoever tunes the bot does not read
    /// blind questions by accident in a test log (the scores are always printed).
    /// </summary>
    public static IEnumerable<string> Shown(IEnumerable<string> misses) =>
        Environment.GetEnvironmentVariable("CAREERBOT_SHOW_BLIND_MISSES") == "1" ? misses : [];

    private static T Read<T>(string name) =>
        Yaml.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Blind", name)));
}

public sealed class BlindQuestion
{
    public string Ask { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Style { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Facts { get; set; } = [];
}

public sealed class BlindConversation
{
    public List<BlindQuestion> Turns { get; set; } = [];
    public string Kind { get; set; } = "";
}
