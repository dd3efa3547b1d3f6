using BenchmarkDotNet.Attributes;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;

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

    // Questions lexical search is unsure of, so the model runs: the whole path, analysis → Lucene → embedding → fusion.
    private static readonly string[] Paraphrases =
    [
        "whats the pay like starting out",
        "is there gonna be jobs in 5 years or is ai taking over",
        "my company runs everything on amazon's cloud, which credential makes sense",
        "how long does it take to learn all this from scratch",
    ];

    private KnowledgeBase _knowledge = null!;
    private GuideAnswerer _guide = null!;
    private GuideAnswerer _guideWithMeaning = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeLoader.Load(FindKnowledge()).Knowledge ?? throw new InvalidOperationException("knowledge has problems");
        _guide = GuideAnswerer.Build(_knowledge);
        _guideWithMeaning = GuideAnswerer.Build(_knowledge, embedder: MiniLmTextEmbedder.Shared, cache: new EmbeddingCache(Path.Combine(Path.GetTempPath(), "careerbot-vectors")));
        _guideWithMeaning.AnswerUncached(Paraphrases[0]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _guide.Dispose();
        _guideWithMeaning.Dispose();
    }

    [Benchmark]
    public int LoadAndCheckKnowledge() => KnowledgeLoader.Load(FindKnowledge()).Knowledge!.Entries.Count;

    [Benchmark]
    public int BuildIndex()
    {
        using var guide = GuideAnswerer.Build(_knowledge);
        return guide.Knowledge.Entries.Count;
    }

    /// <summary>The lexical search alone for a question not seen before: analysis, Lucene, re-ranking, composition.</summary>
    [Benchmark]
    public ComposedAnswer AnswerOneQuestion() => _guide.AnswerUncached(Questions[_next++ % Questions.Length]);

    /// <summary>The same questions as the bot answers them: lexical first, the model only when that is unsure.</summary>
    [Benchmark]
    public ComposedAnswer AnswerOneQuestionCascade() => _guideWithMeaning.AnswerUncached(NewText(Questions));

    /// <summary>A question lexical search is unsure of, uncached, end to end: analysis, Lucene, one embedding (unbatched), fusion.</summary>
    /// <remarks>Each text is new (<see cref="NewText"/>); a bare number changes no lexical result.</remarks>
    [Benchmark]
    public ComposedAnswer AnswerOneParaphraseWithMeaning() => _guideWithMeaning.AnswerUncached(NewText(Paraphrases));

    // The next of the texts with a number no earlier call used ("… (#12)"), as in the load test's unique run: the shared
    // model remembers recent texts' vectors, so a repeated text would measure that memory, not the model.
    private string NewText(string[] texts)
    {
        var n = _next++;
        return $"{texts[n % texts.Length]} (#{n})";
    }

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
