using System.Text.RegularExpressions;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Dialogs;

/// <summary>The dialogs the bot knows, by id, and which one a message asks to start.</summary>
public sealed partial class DialogCatalog(IEnumerable<Dialog> dialogs)
{
    private readonly Dictionary<string, Dialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public Dialog this[string id] => _dialogs[id];

    public IEnumerable<Dialog> All => _dialogs.Values;

    /// <summary>The dialog a message asks for by one of its trigger phrases, as whole words; never when it has one of the dialog's "unless" phrases.</summary>
    public string? Triggered(string text, GuideAnswerer guide) => Triggering(text, guide).Phrase;

    /// <summary>
    /// The dialog a message asks for: by a trigger phrase, or by its meaning and words, close enough to the dialog's
    /// examples (<paramref name="minimumEvidence"/>, see <see cref="Knowledge.Semantics.IntentMatcher"/>); never when it
    /// has one of the dialog's "unless" phrases.
    /// </summary>
    public async ValueTask<string?> TriggeredAsync(string text, GuideAnswerer guide, float minimumEvidence, CancellationToken cancellationToken)
    {
        var (phrase, open) = Triggering(text, guide);
        if (phrase is not null)
        {
            return phrase;
        }

        // "help me write my college essay" may sound like asking for a career plan; a subject the guide does not
        // cover is declined by the guide, never taken into a guided conversation by meaning.
        if (open.Count == 0 || !Knowledge.Semantics.IntentMatcher.SpeaksOfThePerson(text) || guide.NotCovered(text))
        {
            return null;
        }

        // "could you map out my certs? we use Azure at work": the request and the context often come in separate
        // sentences, and the context pulls the whole message's meaning toward a guide answer (the Azure certificate),
        // so each sentence is scored too, and the first that asks for an open dialog starts it.
        // The whole message's vector is shared with the guide's search; a sentence's costs a model run of its own, so
        // sentences are scored only when the message has more than one that says something ("hello!" or "(#12)" does not).
        var sentences = SentenceEnd().Split(text.Trim());
        var saying = sentences.Count(s => PhraseMatcher.Tokens(s).Count >= 2);
        var worth = sentences.Where(guide.Intents.WorthScoring).ToList();
        foreach (var part in saying > 1 ? [text, .. worth] : new[] { text })
        {
            if (await guide.Intents.ScoreAsync(part, cancellationToken) is { } score && score.Starts(minimumEvidence) && open.Any(s => s.Id == score.Intent))
            {
                return score.Intent;
            }
        }

        return null;
    }

    // Words that name the field rather than the request: "plan my machine learning certs" asks what "plan my certs" does.
    private static readonly HashSet<string> FieldWords = new(StringComparer.Ordinal) { "ml", "machine", "learning", "ai" };

    [GeneratedRegex(@"(?<=[.?!;])\s+")]
    private static partial Regex SentenceEnd();

    private static string WithoutFieldWords(string phrase) => string.Join(' ', PhraseMatcher.Tokens(phrase).Where(t => !FieldWords.Contains(t)));

    // The dialog a trigger phrase names, and the dialogs the message may still start by meaning (none of their "unless" phrases).
    private (string? Phrase, List<Knowledge.Content.DialogScript> Open) Triggering(string text, GuideAnswerer guide)
    {
        var tokens = PhraseMatcher.Tokens(text);
        if (tokens.Count == 0)
        {
            return (null, []);
        }

        var open = guide.Knowledge.Dialogs.Scripts.Values
            .Where(s => _dialogs.ContainsKey(s.Id) && !s.Unless.Any(u => PhraseMatcher.Contains(tokens, u)))
            .ToList();
        var bare = tokens.Where(t => !FieldWords.Contains(t)).ToList();
        var triggered = open.FirstOrDefault(s => s.Triggers.Any(t => PhraseMatcher.Contains(tokens, t) || PhraseMatcher.Contains(bare, WithoutFieldWords(t))))?.Id;

        // A trigger phrase inside a question about a subject the guide does not cover ("what would I earn as a nurse?")
        // is not a request for the guided conversation: the guide declines it. Checked only when a phrase matched.
        return triggered is not null && guide.NotCovered(text) ? (null, []) : (triggered, open);
    }
}
