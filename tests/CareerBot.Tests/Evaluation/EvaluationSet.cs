using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Tests.Evaluation;

/// <summary>The hand-written evaluation files next to this class.</summary>
public static class EvaluationSet
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static List<EvaluationQuestion> Questions() => Read<List<EvaluationQuestion>>("questions.yaml");

    /// <summary>Harder tuning questions added 2026-12-04: paraphrased, casual, situational, three or four per entry.</summary>
    public static List<EvaluationQuestion> ParaphrasedQuestions() => Read<List<EvaluationQuestion>>("questions-paraphrased.yaml");

    public static List<string> OutOfScope() => Read<List<string>>("out-of-scope.yaml");

    /// <summary>Out-of-scope tuning messages added 2026-12-04 that share words with the guide.</summary>
    public static List<string> MoreOutOfScope() => Read<List<string>>("out-of-scope-more.yaml");

    public static List<EvaluationConversation> Conversations() => Read<List<EvaluationConversation>>("conversations.yaml");

    public static List<DialogConversation> DialogConversations() => Read<List<DialogConversation>>("dialog-conversations.yaml");

    private static T Read<T>(string name) =>
        Yaml.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", name)));
}

public sealed class EvaluationQuestion
{
    public string Ask { get; set; } = "";
    public List<string> Expect { get; set; } = [];
    public List<string> Facts { get; set; } = [];
}

public sealed class EvaluationConversation
{
    public List<EvaluationQuestion> Turns { get; set; } = [];
}
