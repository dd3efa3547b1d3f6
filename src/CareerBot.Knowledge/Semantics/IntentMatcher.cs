using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// Intents by example, the way CLU or Rasa classify them, but local: each guided conversation's
/// <c>triggers</c> and <c>examples</c> (dialogs/*.yaml) are embedded once per guide, in the background.
/// A message is scored by how much closer its meaning is to the nearest example of a dialog than to the
/// nearest phrasing of any guide answer, and by the words it shares with that example: meaning alone
/// would take "which certification comes first?" for the planner.
/// </summary>
public sealed class IntentMatcher
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "me", "my", "you", "your", "to", "for", "of", "in", "on", "and", "or", "is", "are", "do", "can", "could",
        "would", "should", "what", "which", "how", "it", "be", "with", "please", "want", "like", "some", "s", "m", "d", "ll", "t",
    };

    // Words of the field and the job, and "as" ("as an ML engineer"): no sign of which conversation a message wants.
    private static readonly HashSet<string> UninformativeWords = new(StringComparer.Ordinal)
    {
        "ml", "machine", "learning", "ai", "engineer", "engineers", "engineering", "mle", "as",
    };

    // The conversations are about the person's own situation; a question about the job in general is the guide's.
    private static readonly HashSet<string> Personal = new(StringComparer.Ordinal) { "i", "me", "my", "mine", "myself", "im", "ive", "id" };

    // "and how much would that cost me?" points back at the last answer: a follow-up for the guide, not a new conversation.
    // A pronoun anywhere points back; "and" or "also" only when the message opens with it ("4 years and I want to lead" does not).
    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal) { "that", "it", "them", "those", "this", "these" };
    private static readonly HashSet<string> ContinuingOpeners = new(StringComparer.Ordinal) { "and", "also", "plus" };

    private readonly ITextEmbedder? _embedder;
    private readonly Task<SemanticMatcher>? _guide;
    private readonly Task<List<(float[] Vector, string Intent, HashSet<string> Words)>>? _examples;
    private readonly Dictionary<string, HashSet<string>> _wordsByIntent = new(StringComparer.Ordinal);

    public IntentMatcher(IReadOnlyList<DialogScript> scripts, ITextEmbedder? embedder, EmbeddingCache? cache, Task<SemanticMatcher>? guide)
    {
        _embedder = embedder;
        _guide = guide;
        var examples = scripts.SelectMany(s => s.Triggers.Concat(s.Examples).Select(e => (Intent: s.Id, Text: e))).ToList();
        foreach (var (intent, text) in examples)
        {
            if (!_wordsByIntent.TryGetValue(intent, out var words))
            {
                _wordsByIntent[intent] = words = new HashSet<string>(StringComparer.Ordinal);
            }

            words.UnionWith(ContentWords(text));
        }

        _examples = embedder is null ? null : Task.Run(() =>
        {
            var texts = examples.Select(e => e.Text).ToList();
            var vectors = cache is null ? embedder.Embed(texts) : cache.Load(embedder, texts);
            return vectors.Select((v, i) => (v, examples[i].Intent, ContentWords(examples[i].Text))).ToList();
        });
    }

    /// <summary>Whether the model and every example are ready; until then only the lexical triggers start dialogs.</summary>
    public bool Ready => _examples is { IsCompletedSuccessfully: true } && _guide is { IsCompletedSuccessfully: true };

    /// <summary>Whether the message speaks of the person ("I", "my"): no guided conversation starts without it, so the model need not run.</summary>
    public static bool SpeaksOfThePerson(string text) => text.Length <= 300 && Tokenizer.Tokenize(text).Any(Personal.Contains);

    /// <summary>
    /// The nearest dialog by meaning, how far it beats the nearest guide answer (the margin), and the share of
    /// the message's content words that the dialog's examples use; null when the model is not ready or the
    /// message shares no content word with any dialog's examples (no lexical evidence, so no model run).
    /// </summary>
    public IntentScore? Score(string text) => Candidate(text) is { } words ? ScoreOf(text, words, _embedder!.Embed(text)) : null;

    /// <summary>
    /// The same score, waiting for the model without holding a thread (it batches concurrent messages with the guide's
    /// questions). A message worth scoring waits for the examples and the guide's vectors while they load, as a guide
    /// question that needs meaning does: on the very first start that is the 10–20 s of embedding them.
    /// </summary>
    public async ValueTask<IntentScore?> ScoreAsync(string text, CancellationToken cancellationToken)
    {
        if (_examples is null || _guide is null || Words(text) is not { } words)
        {
            return null;
        }

        if (!Ready)
        {
            // A model that failed to load leaves Ready false: the dialogs then start by their trigger phrases alone.
            await Task.WhenAll(_examples, _guide).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Ready ? ScoreOf(text, words, await _embedder!.EmbedAsync(text, cancellationToken).ConfigureAwait(false)) : null;
    }

    /// <summary>Whether the text is worth scoring at all: it shares a word with some dialog's examples and does not point back at the last answer.</summary>
    public bool WorthScoring(string text) => Words(text) is not null;

    // The synchronous score never waits: only once the model and the examples are ready.
    private HashSet<string>? Candidate(string text) => Ready ? Words(text) : null;

    // The message's content words, when it is worth running the model for: it shares a word with some dialog's examples,
    // other than words that name the field or the job ("machine learning", "ML engineer": nearly every message has them, and
    // they say nothing of which conversation is wanted), and does not point back at the last answer.
    private HashSet<string>? Words(string text)
    {
        var words = ContentWords(text);
        var telling = words.Where(w => !UninformativeWords.Contains(w)).ToList();
        return words.Count == 0 || text.Length > 300 || !_wordsByIntent.Values.Any(w => telling.Exists(w.Contains)) || PointsBack(Tokenizer.Tokenize(text))
            ? null
            : words;
    }

    private IntentScore ScoreOf(string text, HashSet<string> words, float[] vector)
    {
        var best = _examples!.Result.MaxBy(e => VectorMath.Dot(vector, e.Vector));
        var similarity = VectorMath.Dot(vector, best.Vector);
        var guide = _guide!.Result.Similarities(vector).DefaultIfEmpty(-1f).Max();
        var shared = words.Count(_wordsByIntent[best.Intent].Contains) / (float)words.Count;
        var personal = Tokenizer.Tokenize(text).Any(Personal.Contains);
        return new IntentScore(best.Intent, similarity, similarity - guide, shared, personal);
    }

    private static bool PointsBack(List<string> tokens) =>
        tokens.Any(BackReferences.Contains) || (tokens.Count > 0 && ContinuingOpeners.Contains(tokens[0]));

    private static HashSet<string> ContentWords(string text) =>
        Tokenizer.Tokenize(text).Where(t => !Filler.Contains(t) && t.Length > 1).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// How a message scores against its nearest dialog: similarity, margin over the guide, shared words (0..1)
/// and whether it speaks of the person ("I", "my").
/// </summary>
public readonly record struct IntentScore(string Intent, float Similarity, float Margin, float SharedWords, bool Personal)
{
    /// <summary>Meaning and words together, the value the threshold is calibrated on.</summary>
    public float Evidence => Margin + (0.1f * SharedWords);

    /// <summary>Whether the message starts <see cref="Intent"/> at this threshold: personal, with shared words, and enough evidence.</summary>
    public bool Starts(float threshold) => Personal && SharedWords > 0 && Evidence >= threshold;
}
