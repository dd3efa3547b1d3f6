using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs;

/// <summary>The dialogs the bot knows, by id, and which one a message asks to start.</summary>
public sealed class DialogCatalog(IEnumerable<Dialog> dialogs)
{
    private readonly Dictionary<string, Dialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public Dialog this[string id] => _dialogs[id];

    public IEnumerable<Dialog> All => _dialogs.Values;

    /// <summary>The dialog whose trigger phrase the message contains, as whole words, unless it also has one of the dialog's "unless" phrases; null for anything else.</summary>
    public string? Triggered(string text, KnowledgeBase knowledge)
    {
        var tokens = PhraseMatcher.Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        return knowledge.Dialogs.Scripts.Values
            .Where(s => _dialogs.ContainsKey(s.Id))
            .FirstOrDefault(s => s.Triggers.Any(t => PhraseMatcher.Contains(tokens, t)) && !s.Unless.Any(u => PhraseMatcher.Contains(tokens, u)))?.Id;
    }
}
