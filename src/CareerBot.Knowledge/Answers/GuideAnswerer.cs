using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Search;
using CareerBot.Knowledge.Semantics;

namespace CareerBot.Knowledge.Answers;

/// <summary>
/// The guide, ready to answer: one loaded knowledge base with its index and analysis chain.
/// Immutable once built, so a reload can build a new one and swap it in while this one serves.
/// </summary>
public sealed class GuideAnswerer : IDisposable
{
    // Popular questions repeat ("how much do ML engineers earn?"); a result depends only on the
    // text, the previous answer and this immutable guide, so it is computed once. Bounded: when full
    // it starts over rather than tracking recency, which keeps lookups lock-free.
    private const int MaxCachedResults = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, string? Previous), SearchResult> _results = new();
    private readonly IKnowledgeIndex _index;
    private readonly KnowledgeSearch _search;
    private readonly AnswerComposer _composer;

    private readonly SmallTalkMatcher _smallTalk;

    private GuideAnswerer(KnowledgeBase knowledge, IKnowledgeIndex index, KnowledgeSearch search, AnswerComposer composer, SmallTalkMatcher smallTalk)
    {
        _smallTalk = smallTalk;
        Knowledge = knowledge;
        _index = index;
        _search = search;
        _composer = composer;
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The guide with its Lucene index, and with meaning (an embedding model) when one is given.</summary>
    public static GuideAnswerer Build(
        KnowledgeBase knowledge, RankingWeights? weights = null, FieldWeights? fields = null, ITextEmbedder? embedder = null, EmbeddingCache? cache = null)
    {
        weights ??= RankingWeights.Default;
        var textAnalyzer = new TextAnalyzer(GuideSynonyms.Parse(knowledge.SynonymLines, KnowledgeFiles.Synonyms, []), knowledge.StopWords);
        var vocabulary = new EntryVocabulary(knowledge.Entries, textAnalyzer);
        var queryAnalyzer = new QueryAnalyzer(
            textAnalyzer, new TypoCorrector(vocabulary.Words), new AnswerTypeCues(knowledge.Cues), new ExperienceLevels(knowledge.Salaries), vocabulary.Terms);
        var index = new LuceneKnowledgeIndex(knowledge.Entries, textAnalyzer, fields ?? FieldWeights.Default);
        var semantic = embedder is null ? null : new SemanticMatcher(knowledge.Entries, knowledge.DeclineExamples, embedder, cache);
        var search = new KnowledgeSearch(knowledge, index, queryAnalyzer, textAnalyzer, vocabulary, weights, semantic);
        var smallTalk = new SmallTalkMatcher(knowledge.Replies.SmallTalk, embedder, cache);
        return new GuideAnswerer(knowledge, index, search, new AnswerComposer(knowledge, weights), smallTalk);
    }

    public SearchResult Search(string question, string? previousEntryId = null)
    {
        if (question.Length > 512)
        {
            return _search.Search(question, previousEntryId);
        }

        var key = (question, previousEntryId);
        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = _search.Search(question, previousEntryId);
        if (_results.Count >= MaxCachedResults)
        {
            _results.Clear();
        }

        _results.TryAdd(key, result);
        return result;
    }

    public ComposedAnswer Answer(string question, string? previousEntryId = null) => _composer.Compose(Search(question, previousEntryId));

    /// <summary>An answer computed afresh, bypassing the result cache (to measure the search itself).</summary>
    internal ComposedAnswer AnswerUncached(string question) => _composer.Compose(_search.Search(question, null));

    public ComposedAnswer? Details(string entryId) => Knowledge.Find(entryId) is { } entry ? _composer.Details(entry) : null;

    public ComposedAnswer Welcome() => _composer.Welcome();

    /// <summary>The friendly reply to chit-chat ("thanks!", "bye"), or null when the message is not chit-chat.</summary>
    public ComposedAnswer? SmallTalk(string text) =>
        _smallTalk.Match(text) is { } talk ? new ComposedAnswer(AnswerKind.SmallTalk, null, 1, talk.Reply, [], []) : null;

    public ComposedAnswer Help() => _composer.Help();

    public ComposedAnswer Fallback() => _composer.Fallback(Knowledge.Replies.Fallback);

    public void Dispose() => _index.Dispose();
}
