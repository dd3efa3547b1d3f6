using CareerBot.Knowledge.Answers;

namespace CareerBot.Dialogs;

/// <summary>The dialogs the bot knows, by id, and which one a message asks to start.</summary>
public sealed class DialogCatalog(IEnumerable<Dialog> dialogs)
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

        return open.Count > 0 && Knowledge.Semantics.IntentMatcher.SpeaksOfThePerson(text)
            && await guide.Intents.ScoreAsync(text, cancellationToken) is { } score && score.Starts(minimumEvidence) && open.Any(s => s.Id == score.Intent)
            ? score.Intent
            : null;
    }

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
        return (open.FirstOrDefault(s => s.Triggers.Any(t => PhraseMatcher.Contains(tokens, t)))?.Id, open);
    }
}
