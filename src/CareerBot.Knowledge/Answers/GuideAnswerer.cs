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

    private readonly Task<SemanticMatcher>? _semantic;

    private GuideAnswerer(
        KnowledgeBase knowledge, IKnowledgeIndex index, KnowledgeSearch search, AnswerComposer composer, SmallTalkMatcher smallTalk, Task<SemanticMatcher>? semantic)
    {
        _smallTalk = smallTalk;
        _semantic = semantic;
        Knowledge = knowledge;
        _index = index;
        _search = search;
        _composer = composer;
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>
    /// Whether everything meaning needs is in memory (the model, the guide's phrasings, the dialogs' examples), so that no
    /// message waits for it; true at once when meaning is off.
    /// </summary>
    public bool MeaningLoaded => _semantic is null || (_semantic.IsCompletedSuccessfully && Intents.Ready && Choices.Ready);

    /// <summary>Which guided conversation a message asks for by meaning (dialogs/*.yaml examples).</summary>
    public IntentMatcher Intents { get; private init; } = new([], null, null, null);

    /// <summary>The choices of the guided conversations' questions, by meaning (dialogs/*.yaml).</summary>
    public ChoiceMeaning Choices { get; private init; } = new([], null, null, null);

    /// <summary>The guide with its Lucene index, and with meaning (an embedding model) when one is given.</summary>
    public static GuideAnswerer Build(
        KnowledgeBase knowledge, RankingWeights? weights = null, FieldWeights? fields = null, ITextEmbedder? embedder = null, EmbeddingCache? cache = null)
    {
        weights ??= RankingWeights.Default;
        var textAnalyzer = new TextAnalyzer(GuideSynonyms.Parse(knowledge.SynonymLines, KnowledgeFiles.Synonyms, []), knowledge.StopWords);
        var vocabulary = new EntryVocabulary(knowledge.Entries, textAnalyzer);
        var queryAnalyzer = new QueryAnalyzer(
            textAnalyzer, new TypoCorrector(KnownWords(knowledge, vocabulary), textAnalyzer.Terms, ModelVocabulary.EnglishWords), new AnswerTypeCues(knowledge.Cues), new ExperienceLevels(knowledge.Salaries), vocabulary.Terms);
        var index = new LuceneKnowledgeIndex(knowledge.Entries, textAnalyzer, fields ?? FieldWeights.Default);
        // The model loads and the phrasings are embedded (or read from the cache) in the background: lexical
        // search answers from the first moment, and only a question that needs meaning waits for it.
        var semantic = embedder is null ? null : Task.Run(() => new SemanticMatcher(knowledge.Entries, knowledge.DeclineExamples, embedder, cache));
        var search = new KnowledgeSearch(knowledge, index, queryAnalyzer, textAnalyzer, vocabulary, weights, semantic);
        var smallTalk = new SmallTalkMatcher(knowledge.Replies.SmallTalk, embedder is null ? null : Task.Run(() => SmallTalkMatcher.Embed(knowledge.Replies.SmallTalk, embedder, cache)));
        var intents = new IntentMatcher([.. knowledge.Dialogs.Scripts.Values], embedder, cache, semantic);
        return new GuideAnswerer(knowledge, index, search, new AnswerComposer(knowledge, weights, new AnswerFocus(knowledge.Entries, textAnalyzer, vocabulary, weights.FocusEvidence)), smallTalk, semantic)
        {
            Intents = intents,
            Choices = new ChoiceMeaning([.. knowledge.Dialogs.Scripts.Values], knowledge.Dialogs.Commands, embedder, cache),
        };
    }

    /// <summary>
    /// The words a typo is corrected towards: the guide's, and those of the dialogs' requests, the messages to decline and
    /// small talk, so a real word of those ("planning", "weather") is read as itself rather than as the guide word
    /// two letters away ("landing").
    /// </summary>
    private static Dictionary<string, int> KnownWords(KnowledgeBase knowledge, EntryVocabulary vocabulary)
    {
        var words = new Dictionary<string, int>(vocabulary.Words, StringComparer.Ordinal);
        var others = knowledge.Dialogs.Scripts.Values.SelectMany(d => d.Triggers.Concat(d.Examples))
            .Concat(knowledge.DeclineExamples)
            .Concat(knowledge.Replies.SmallTalk.SelectMany(s => s.Examples));
        foreach (var token in others.SelectMany(Tokenizer.Tokenize))
        {
            words.TryAdd(token, 1);
        }

        return words;
    }

    /// <summary>Whether the message is about a subject the guide does not cover (<c>scope.yaml</c>): no guided conversation starts by meaning for it.</summary>
    public bool NotCovered(string text) => _search.NotCovered(text) is not null;

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
        Remember(key, result);
        return result;
    }

    private void Remember((string, string?) key, SearchResult result)
    {
        if (key.Item1.Length > 512)
        {
            return;
        }

        if (_results.Count >= MaxCachedResults)
        {
            _results.Clear();
        }

        _results.TryAdd(key, result);
    }

    public ComposedAnswer Answer(string question, string? previousEntryId = null) => _composer.Compose(Search(question, previousEntryId), previousEntryId);

    /// <summary>An answer computed afresh, bypassing the result cache (to measure the search itself).</summary>
    internal ComposedAnswer AnswerUncached(string question) => _composer.Compose(_search.Search(question, null));

    public ComposedAnswer? Details(string entryId) => Knowledge.Find(entryId) is { } entry ? _composer.Details(entry) : null;

    public ComposedAnswer Welcome() => _composer.Welcome();

    /// <summary>
    /// The reply to a message: chit-chat gets its friendly line, a question its answer, and a message that asks two or
    /// three things an answer to each (<see cref="QuestionParts"/>). The model runs (batched with other questions,
    /// without holding a thread) only when lexical search is unsure, and the one vector serves both: chit-chat by
    /// meaning and the fused search.
    /// </summary>
    public async ValueTask<ComposedAnswer> ReplyAsync(string text, string? previousEntryId, CancellationToken cancellationToken)
    {
        if (_smallTalk.MatchWords(text) is { } talk)
        {
            return SmallTalk(talk);
        }

        var (result, meant) = await ResultAsync(text, previousEntryId, smallTalk: true, cancellationToken).ConfigureAwait(false);
        if (meant is not null)
        {
            return SmallTalk(meant);
        }

        // A message declined as a whole is not answered in pieces: "what is dropout and why does it help" is coding help.
        var whole = _composer.Compose(result, previousEntryId);
        return whole.Kind == AnswerKind.Answer && QuestionParts.Split(text) is { Count: > 1 } parts
            ? await EachPartAsync(parts, whole, previousEntryId, cancellationToken).ConfigureAwait(false)
            : whole;
    }

    /// <summary>
    /// Each part answered on its own, a later part read after the answer before it ("how long until I'm senior, and
    /// what would I earn then?"). Combined when the parts reach two or more entries, each part sure of its own; otherwise
    /// the whole message's reply.
    /// </summary>
    private async ValueTask<ComposedAnswer> EachPartAsync(IReadOnlyList<string> parts, ComposedAnswer whole, string? previousEntryId, CancellationToken cancellationToken)
    {
        var answers = new List<ComposedAnswer>();
        var previous = previousEntryId;
        foreach (var part in parts)
        {
            var (result, _) = await ResultAsync(part, previous, smallTalk: false, cancellationToken).ConfigureAwait(false);
            var answer = _composer.Compose(result, previous);
            if (answer.Kind == AnswerKind.Answer && _composer.IsSure(result) && answers.TrueForAll(a => a.EntryId != answer.EntryId))
            {
                answers.Add(answer);
                previous = answer.EntryId;
            }
        }

        return answers.Count switch
        {
            0 => whole,
            1 => whole.Kind == AnswerKind.Answer ? whole : answers[0],
            _ => AnswerComposer.Combine(answers),
        };
    }

    /// <summary>The search result for a text, meaning consulted when lexical search is unsure; with chit-chat by meaning when asked.</summary>
    private async ValueTask<(SearchResult Result, SmallTalk? Meant)> ResultAsync(string text, string? previousEntryId, bool smallTalk, CancellationToken cancellationToken)
    {
        var key = (text, previousEntryId);
        if (_results.TryGetValue(key, out var cached))
        {
            return (cached, null);
        }

        var stage = _search.Lexical(text, previousEntryId);
        var result = stage.Result;
        if (stage.MeaningOf is not null && _semantic is not null)
        {
            var matcher = await _semantic.WaitAsync(cancellationToken).ConfigureAwait(false);
            var vector = await matcher.EmbedAsync(stage.MeaningOf, cancellationToken).ConfigureAwait(false);
            if (smallTalk && !result.UsedContext && _smallTalk.MatchMeaning(text, vector) is { } meant)
            {
                return (result, meant);
            }

            result = _search.WithMeaning(stage, vector);
        }

        Remember(key, result);
        return (result, null);
    }

    /// <summary>The friendly reply to chit-chat in an example's own words ("thanks!", "bye"), or null.</summary>
    public ComposedAnswer? SmallTalk(string text) => _smallTalk.MatchWords(text) is { } talk ? SmallTalk(talk) : null;

    private static ComposedAnswer SmallTalk(SmallTalk talk) => new(AnswerKind.SmallTalk, null, 1, talk.Reply, [], []);

    public ComposedAnswer Help() => _composer.Help();

    public ComposedAnswer Fallback() => _composer.Fallback(Knowledge.Replies.Fallback);

    public void Dispose() => _index.Dispose();
}
