using BenchmarkDotNet.Attributes;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;

namespace CareerBot.Benchmarks;

/// <summary>Index build and one answered question, in process (no HTTP).</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    // Questions of the kinds users ask: plain, casual, with a typo, off-topic.
    private static readonly string[] Questions =
    [
        "How much does a machine learning engineer earn?",
        "do i need a phd",
        "which cert should i take first",
        "machin lerning enginer salery",
        "what is the job outlook for ml engineers",
        "tell me a joke",
    ];

    private KnowledgeBase _knowledge = null!;
    private GuideAnswerer _guide = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeLoader.Load(FindKnowledge()).Knowledge ?? throw new InvalidOperationException("knowledge has problems");
        _guide = GuideAnswerer.Build(_knowledge);
    }

    [GlobalCleanup]
    public void Cleanup() => _guide.Dispose();

    [Benchmark]
    public int LoadAndCheckKnowledge() => KnowledgeLoader.Load(FindKnowledge()).Knowledge!.Entries.Count;

    [Benchmark]
    public int BuildIndex()
    {
        using var guide = GuideAnswerer.Build(_knowledge);
        return guide.Knowledge.Entries.Count;
    }

    /// <summary>The whole search for a question not seen before: analysis, FTS5, re-ranking, composition.</summary>
    [Benchmark]
    public ComposedAnswer AnswerOneQuestion() => _guide.AnswerUncached(Questions[_next++ % Questions.Length]);

    /// <summary>A question asked before, served from the guide's result cache.</summary>
    [Benchmark]
    public ComposedAnswer AnswerARepeatedQuestion() => _guide.Answer(Questions[_next++ % Questions.Length]);

    private static string FindKnowledge() => FindRepositoryFile("knowledge");

    /// <summary>A path inside the repository, found by walking up from the build output.</summary>
    internal static string FindRepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("repository not found above " + AppContext.BaseDirectory);
    }
}
