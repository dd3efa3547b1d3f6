using CareerBot.Knowledge.Answers;

namespace CareerBot.Dialogs;

/// <summary>The dialogs the bot knows, by id, and which one a message asks to start.</summary>
public sealed class DialogCatalog(IEnumerable<Dialog> dialogs)
{
    private readonly Dictionary<string, Dialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public Dialog this[string id] => _dialogs[id];

    public IEnumerable<Dialog> All => _dialogs.Values;

    /// <summary>
    /// The dialog a message asks for: one whose trigger phrase it contains as whole words, or — with a
    /// <paramref name="minimumEvidence"/> — one its meaning and words are close enough to (see
    /// <see cref="Knowledge.Semantics.IntentMatcher"/>); never when it has one of the dialog's "unless" phrases.
    /// </summary>
    public string? Triggered(string text, GuideAnswerer guide, float? minimumEvidence = null)
    {
        var tokens = PhraseMatcher.Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var scripts = guide.Knowledge.Dialogs.Scripts.Values
            .Where(s => _dialogs.ContainsKey(s.Id) && !s.Unless.Any(u => PhraseMatcher.Contains(tokens, u)))
            .ToList();
        if (scripts.FirstOrDefault(s => s.Triggers.Any(t => PhraseMatcher.Contains(tokens, t))) is { } triggered)
        {
            return triggered.Id;
        }

        return minimumEvidence is { } minimum && CareerBot.Knowledge.Semantics.IntentMatcher.SpeaksOfThePerson(text) && guide.Intents.Score(text) is { } score && score.Starts(minimum)
            && scripts.Any(s => s.Id == score.Intent)
            ? score.Intent
            : null;
    }
}
