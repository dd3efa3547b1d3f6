using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// Evaluation files that name no entries, only facts a right reply must show ('|' separates acceptable
/// spellings of one fact). Blind/: written from the five guide pages alone by someone who never saw
/// knowledge/, the code or the tuning set, committed before tuning and never tuned on. Natural/ and Fresh/:
/// written the same way later, as further tuning sets that may be looked at (Fresh/ was scored once before it was
/// looked at, 2026-12-05; README).
/// </summary>
public sealed class FactSet(string folder, bool blind)
{
    public static FactSet Blind { get; } = new("Blind", blind: true);

    public static FactSet Natural { get; } = new("Natural", blind: false);

    public static FactSet Fresh { get; } = new("Fresh", blind: false);

    public static FactSet Fourth { get; } = new("Fourth", blind: false);

    public static FactSet Fifth { get; } = new("Fifth", blind: false);

    public static FactSet Sixth { get; } = new("Sixth", blind: false);

    /// <summary>Written 2026-12-06 like Blind/, and held out like it: its misses are not printed.</summary>
    public static FactSet Seventh { get; } = new("Seventh", blind: true);

    /// <summary>Written 2026-12-06 like Blind/ (more follow-ups), scored once unseen, then a tuning set.</summary>
    public static FactSet Eighth { get; } = new("Eighth", blind: false);

    public string Name => folder.ToLowerInvariant();

    public List<BlindQuestion> Questions() => Read<List<BlindQuestion>>("questions.yaml");

    public List<BlindQuestion> OutOfScope() => Read<List<BlindQuestion>>("out-of-scope.yaml");

    public List<BlindConversation> Followups() => Read<List<BlindConversation>>("followups.yaml");

    /// <summary>Which misses a run prints: all for a tuning set, none for a blind one unless asked (<see cref="BlindSet.Shown"/>).</summary>
    public IEnumerable<string> Shown(IEnumerable<string> misses) => blind ? BlindSet.Shown(misses) : misses;

    private T Read<T>(string name) => BlindSet.Read<T>(folder, name);
}

/// <summary>Reads the fact-judged evaluation files and keeps blind misses out of sight.</summary>
public static class BlindSet
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    /// <summary>
    /// Which misses a run prints: none unless CAREERBOT_SHOW_BLIND_MISSES=1, so whoever tunes the bot does not read
    /// blind questions by accident in a test log (the scores are always printed).
    /// </summary>
    public static IEnumerable<string> Shown(IEnumerable<string> misses) =>
        Environment.GetEnvironmentVariable("CAREERBOT_SHOW_BLIND_MISSES") == "1" ? misses : [];

    public static T Read<T>(string folder, string name) =>
        Yaml.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", folder, name)));
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
