using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// Finds the entry that answers a question, in two stages. Lexical: Lucene proposes candidates, then
/// answer-type cues, coverage of the question, similarity to the entry's own phrasings and the
/// previous answer's topic re-rank them. When that is sure, it answers (most questions, at no model
/// cost). Otherwise the question's meaning decides with it: its embedding's similarity to every
/// entry's phrasings is fused with the lexical scores, and a calibrated confidence says whether to
/// answer (on a close call with the runners-up offered), or decline.
/// </summary>
public sealed class KnowledgeSearch(
    KnowledgeBase knowledge, IKnowledgeIndex index, QueryAnalyzer analyzer, TextAnalyzer textAnalyzer, EntryVocabulary vocabulary, RankingWeights weights,
    Task<SemanticMatcher>? semantic = null)
{
    private const int Candidates = 20;
    private static readonly HashSet<string> BackReferences = new(["it", "its", "that", "this", "they", "them", "those", "these"], StringComparer.Ordinal);
    private static readonly HashSet<string> Prepositions = new(
        ["by", "over", "between", "since", "until", "till", "during", "per", "in", "at", "from", "with", "without", "on", "after", "before"],
        StringComparer.Ordinal);
    // "what does the exam test?": a credential named with "the" is one just talked about.
    private static readonly HashSet<string> Credentials = new(["exam", "exams", "cert", "certificate", "certification", "course", "bootcamp"], StringComparer.Ordinal);
    private static readonly HashSet<string> Demonstratives = new(["that", "this", "those", "these"], StringComparer.Ordinal);
    private static readonly HashSet<string> PointedAt = new(
        ["level", "levels", "stage", "point", "role", "roles", "job", "jobs", "one", "ones", "position", "title", "track", "path", "figure",
         "number", "step", "cert", "certs", "certification", "certifications", "exam", "course", "degree", "company", "companies", "field", "salary", "pay"],
        StringComparer.Ordinal);
    private static readonly string[][] AlternativeOpeners = [["what", "if"], ["and", "if"], ["how", "about"], ["what", "about"]];
    private static readonly string[][] FollowupOpeners =
        [["and"], ["what", "about"], ["how", "about"], ["what", "of"], ["also"], ["same", "for"], ["ok", "and"], ["for"], ["compared", "to"], ["compared", "with"], ["versus"], ["vs"]];

    private readonly ScopeCheck _scope = new(knowledge.Scope);
    private readonly Dictionary<string, int> _positions = knowledge.Entries.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    private readonly HashSet<string>[] _followups = knowledge.Entries
        .Select(e => textAnalyzer.Terms(e.Followup ?? "").ToHashSet(StringComparer.Ordinal))
        .ToArray();

    public SearchResult Search(string text, string? previousEntryId = null)
    {
        var stage = Lexical(text, previousEntryId);
        if (stage.MeaningOf is null)
        {
            return stage.Result;
        }

        // Only right after a start can the model still be loading; a question that needs it waits.
        var matcher = semantic!.GetAwaiter().GetResult();
        return WithMeaning(stage, matcher.Embed(stage.MeaningOf));
    }

    /// <summary>The same search, waiting for the model without holding a thread (the model batches concurrent questions).</summary>
    public async ValueTask<SearchResult> SearchAsync(string text, string? previousEntryId, CancellationToken cancellationToken)
    {
        var stage = Lexical(text, previousEntryId);
        if (stage.MeaningOf is null)
        {
            return stage.Result;
        }

        var matcher = await semantic!.WaitAsync(cancellationToken).ConfigureAwait(false);
        return WithMeaning(stage, await matcher.EmbedAsync(stage.MeaningOf, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The subject <c>scope.yaml</c> says the guide does not cover, when the text is about one, by its words as written:
    /// a cheap check (no typo correction, unlike a search), since it runs for every message that might start a dialog.
    /// </summary>
    public ScopeTopic? NotCovered(string text) => _scope.Find(Tokenizer.Tokenize(text));

    /// <summary>
    /// The lexical stage: its result, and the text whose meaning is still needed (null when the lexical
    /// result stands: the model is off, the question is out of scope, or lexical search is sure).
    /// </summary>
    public LexicalStage Lexical(string text, string? previousEntryId)
    {
        var query = analyzer.Analyze(text);
        if (_scope.Find(query.Tokens) is { } topic)
        {
            return new LexicalStage(new SearchResult(query, [], 0, false, topic), null);
        }

        var clauses = DistinctiveClauses(query.Clauses);
        if (clauses.Count == 0 && (semantic is null || !HasWords(query)))
        {
            return new LexicalStage(new SearchResult(query, [], 0, false, null), null);
        }

        var hits = clauses.Count == 0 ? [] : index.Search(clauses, Candidates);
        var queryStems = query.Clauses.Where(c => c.Known).SelectMany(c => c.Stems).Distinct(StringComparer.Ordinal)
            .Select(stem => (stem, vocabulary.Idf(stem))).ToList();
        var unknownWords = query.Clauses.Count(c => !c.Known);
        var previous = previousEntryId is not null && _positions.TryGetValue(previousEntryId, out var p) ? knowledge.Entries[p] : null;
        var standalone = RankAll(hits, query, queryStems, unknownWords, previous: null);
        var standaloneConfidence = Confidence(standalone);
        // A short question after an answer is read in its light ("and for seniors?", "which one comes after it?"),
        // unless it clearly names one entry on its own: "which certification first?" after a salary answer is about certifications.
        var useContext = previous is not null && ReadsAsFollowup(query, standaloneConfidence);
        var lexical = useContext ? RankAll(hits, query, queryStems, unknownWords, previous) : standalone;
        var lexicalConfidence = useContext ? Confidence(lexical) : standaloneConfidence;
        var result = new SearchResult(query, lexical, lexicalConfidence, useContext, null);
        if (semantic is null || (!useContext && lexicalConfidence >= weights.LexicalSure))
        {
            return new LexicalStage(result, null);
        }

        // A follow-up means little alone ("and for seniors?"): its meaning is read with the question it follows.
        return useContext
            ? new LexicalStage(result, previous!.Question + " " + query.Corrected, previous.Id)
            : new LexicalStage(result, query.Corrected);
    }

    /// <summary>The lexical result fused with the meaning of the question (its embedding).</summary>
    public SearchResult WithMeaning(LexicalStage stage, float[] vector)
    {
        var (query, lexical, lexicalConfidence) = (stage.Result.Query, stage.Result.Ranked.ToList(), stage.Result.Confidence);
        var matcher = semantic!.Result;
        var fused = Fuse(lexical, matcher.Similarities(vector), lexicalConfidence, query, stage.Follows is { } follows && AsksForAnAlternative(query) ? follows : null);
        var decline = matcher.DeclineSimilarity(vector);
        return new SearchResult(query, fused, FusedConfidence(fused, lexicalConfidence, decline, query), stage.Result.UsedContext, null)
        {
            LexicalConfidence = lexicalConfidence,
            DeclineSimilarity = decline,
        };
    }

    /// <summary>
    /// Every entry scored by meaning, plus its lexical score relative to the best lexical candidate,
    /// weighted by how sure the lexical stage was.
    /// </summary>
    /// <param name="lexical">The lexical ranking.</param>
    /// <param name="similarities">Each entry's similarity in meaning to the question.</param>
    /// <param name="lexicalConfidence">How sure the lexical ranking was.</param>
    /// <param name="query">The question as analysed.</param>
    /// <param name="replaced">The entry a follow-up asks for an alternative to ("and if we were on Google Cloud instead?"), or null.</param>
    private List<RankedEntry> Fuse(List<RankedEntry> lexical, float[] similarities, double lexicalConfidence, AnalyzedQuery query, string? replaced)
    {
        var top = lexical.Count > 0 ? lexical[0].Score : 0;
        var byEntry = lexical.ToDictionary(r => r.Entry.Id, StringComparer.Ordinal);
        var fused = new List<RankedEntry>(knowledge.Entries.Count);
        for (var i = 0; i < knowledge.Entries.Count; i++)
        {
            var entry = knowledge.Entries[i];
            var found = byEntry.GetValueOrDefault(entry.Id);
            var lexicalShare = found is null || top <= 0 ? 0 : found.Score / top;
            var score = similarities[i] + (weights.LexicalWeight * lexicalShare * (weights.LexicalConfidenceFloor + lexicalConfidence));
            if (entry.Id == replaced && lexicalShare == 0)
            {
                // The follow-up is embedded with the question it follows, so that question's entry is always near in
                // meaning; but one that asks for something instead, in words that entry lacks, wants another answer.
                score *= weights.SameEntryPenalty;
            }

            fused.Add(new RankedEntry(entry, score, found?.Coverage ?? Coverage(i, query), found?.Similarity ?? 0) { Meaning = similarities[i], LexicalShare = lexicalShare });
        }

        fused.Sort((a, b) => b.Score.CompareTo(a.Score));
        return fused;
    }

    /// <summary>A logistic model of "the best entry is right", fitted on the tuning set's questions and out-of-scope messages.</summary>
    private double FusedConfidence(List<RankedEntry> fused, double lexicalConfidence, double decline, AnalyzedQuery query)
    {
        var best = fused[0];
        var margin = fused.Count > 1 ? best.Score - fused[1].Score : best.Score;
        var z = weights.ConfidenceBias + (weights.ConfidenceMeaning * best.Meaning) + (weights.ConfidenceMargin * margin)
            + (weights.ConfidenceLexical * lexicalConfidence * best.LexicalShare)
            + (weights.ConfidenceDecline * Math.Max(0, decline - best.Meaning))
            + (weights.ConfidenceCoverage * best.Coverage)
            + (weights.ConfidenceUnknown * UnknownShare(query));
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// The share of the question's words the guide never uses, typos corrected ("retaking", "proctor", "actuary"): a
    /// question about what the guide does not cover tends to carry such words, its neighbours in meaning notwithstanding.
    /// </summary>
    public static double UnknownShare(AnalyzedQuery query) =>
        query.Clauses.Count == 0 ? 0 : query.Clauses.Count(c => !c.Known) / (double)query.Clauses.Count;

    private static bool HasWords(AnalyzedQuery query) => query.Tokens.Any(t => t.Any(char.IsLetter));

    private List<RankedEntry> RankAll(
        IReadOnlyList<IndexHit> hits, AnalyzedQuery query, List<(string, double)> queryStems, int unknownWords, FaqEntry? previous) =>
        hits.Select(hit => Rank(hit, query, queryStems, unknownWords, previous)).OrderByDescending(r => r.Score).ToList();

    private RankedEntry Rank(IndexHit hit, AnalyzedQuery query, List<(string, double)> queryStems, int unknownWords, FaqEntry? previous)
    {
        var entry = knowledge.Entries[hit.Entry];
        var coverage = Coverage(hit.Entry, query);
        var similarity = vocabulary.PhrasingSimilarity(hit.Entry, queryStems, unknownWords);
        var score = (hit.Score + weights.ScoreBaseline) * (0.5 + (0.5 * coverage)) * (1 + (weights.SimilarityBoost * similarity));
        if (query.AnswerTypes.Contains(entry.Type))
        {
            score *= 1 + weights.AnswerTypeBoost;
        }

        var followup = _followups[hit.Entry];
        var followupMatched = followup.Count > 0 && query.Clauses.Any(c => c.Stems.Any(followup.Contains));
        if (followupMatched)
        {
            score *= 1 + weights.FollowupPhraseBoost;
        }

        if (previous is not null)
        {
            var shared = entry.Tags.Intersect(previous.Tags, StringComparer.OrdinalIgnoreCase).Count();
            score *= 1 + (weights.ContextTagBoost * shared / Math.Max(1, previous.Tags.Count));
            score *= entry.Type == previous.Type ? 1 + weights.ContextTypeBoost : 1;
            score *= followupMatched ? 1 + weights.ContextFollowupBoost : 1;
            score *= entry.Id == previous.Id ? weights.SameEntryPenalty : 1;

            // Editors list what naturally comes next after an entry; a follow-up most often goes there.
            score *= previous.Related.Contains(entry.Id) ? 1 + weights.ContextRelatedBoost : 1;
        }

        return new RankedEntry(entry, score, coverage, similarity);
    }

    /// <summary>
    /// The clauses worth sending to the index. Words most entries contain ("ml engineer") add almost
    /// nothing to BM25 but make every entry a match to score, so they are left out unless nothing else remains.
    /// </summary>
    private List<QueryClause> DistinctiveClauses(IReadOnlyList<QueryClause> clauses)
    {
        // Unknown words match nothing in the index, so they are not sent either.
        var known = clauses.Where(c => c.Known).ToList();
        var distinctive = known.Where(c => vocabulary.DocumentShare(c.Stems) <= weights.CommonWordShare).ToList();
        return distinctive.Count > 0 ? distinctive : known;
    }

    /// <summary>The IDF-weighted share of the question's clauses that the entry contains; an unknown word counts against every entry.</summary>
    private double Coverage(int entry, AnalyzedQuery query)
    {
        double total = 0, matched = 0;
        foreach (var clause in query.Clauses)
        {
            if (!clause.Known)
            {
                total += weights.UnknownWordWeight;
                continue;
            }

            var idf = vocabulary.Idf(clause.Stems);
            // A word the entry's questions use counts fully; one only its answer mentions, half.
            var share = vocabulary.QuestionsContain(entry, clause.Stems) ? 1.0 : vocabulary.EntryContains(entry, clause.Stems) ? weights.AnswerOnlyShare : 0;
            // A number the entry does not state counts neither way: "12" in "is the exam hard? (ticket 12)" is no topic word.
            if (clause.IsFigure && share == 0)
            {
                continue;
            }

            total += idf;
            matched += share * (clause.Corrected ? 0.85 * idf : idf);
        }

        return total == 0 ? 0 : matched / total;
    }

    private static double Confidence(List<RankedEntry> ranked)
    {
        if (ranked.Count == 0)
        {
            return 0;
        }

        var best = ranked[0];
        var margin = SearchResult.MarginOf(ranked);
        var evidence = Math.Max(best.Coverage, best.Similarity);
        return Math.Clamp(evidence * (0.6 + (0.4 * margin)), 0, 1);
    }

    /// <summary>
    /// Whether a question after an answer is read with it: one that opens like a follow-up or points at what was just said;
    /// or a short one (two words that count, or fewer) with a word that points back ("…after it?", "is that…") or that
    /// cannot stand alone (lexical search is unsure of it).
    /// </summary>
    private bool ReadsAsFollowup(AnalyzedQuery query, double standaloneConfidence)
    {
        var marked = OpensAsFollowup(query) || PointsAtWhatWasSaid(query);
        return marked || (query.Clauses.Count <= 2 && (query.Tokens.Any(BackReferences.Contains) || standaloneConfidence < weights.SureThreshold));
    }

    /// <summary>
    /// "…at that level?", "…to get there?", "…is that?", "which one…?", "what does the exam test?", "…it was 40% though?": a
    /// demonstrative that names or ends on what was just said, "the" before a credential, or a closing "though", makes a
    /// longer question a follow-up too. Not "that" before other words ("I heard that ML pays well"), nor "it" (a dummy "it"
    /// opens many self-contained questions: "is it hard to become…").
    /// </summary>
    private static bool PointsAtWhatWasSaid(AnalyzedQuery query)
    {
        var tokens = query.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            if ((Demonstratives.Contains(tokens[i]) && (last || PointedAt.Contains(tokens[i + 1])))
                || (tokens[i] is "there" or "though" && last)
                || (tokens[i] == "which" && !last && tokens[i + 1] is "one" or "ones")
                || (tokens[i] == "the" && !last && Credentials.Contains(tokens[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… instead?", "what if …", "how about …": a follow-up that swaps something for what was just answered.</summary>
    private static bool AsksForAnAlternative(AnalyzedQuery query) =>
        query.Tokens.Contains("instead") || query.Tokens.Contains("rather") || AlternativeOpeners.Any(o => PhraseMatch.Contains(query.Tokens, o));

    /// <summary>"and …", "what about …": words that only continue a conversation.</summary>
    private static bool OpensAsFollowup(AnalyzedQuery query) =>
        FollowupOpeners.Any(o => PhraseMatch.StartsAt(query.Tokens, 0, o)) || IsFragment(query.Tokens);

    /// <summary>
    /// "by which year?", "over what period?", "yearly?", "in the US?": a few words, or a short phrase that opens with a
    /// preposition, is not a question of its own; it asks about what was just answered, even when its one word names
    /// another entry ("year" is all over the openings figure).
    /// </summary>
    private static bool IsFragment(IReadOnlyList<string> tokens) =>
        tokens.Count is > 0 and <= 2 || (tokens.Count <= 5 && Prepositions.Contains(tokens[0]));
}
