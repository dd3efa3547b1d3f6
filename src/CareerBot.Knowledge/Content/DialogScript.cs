namespace CareerBot.Knowledge.Content;

/// <summary>
/// One guided conversation's wording from <c>dialogs/&lt;id&gt;.yaml</c>: what starts it, where it is
/// offered, its questions and its lines. The steps themselves are code; the words are content.
/// </summary>
public sealed record DialogScript(
    string Id,
    string Title,
    string File,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Unless,
    IReadOnlyList<string> Examples,
    DialogOffer? Offer,
    IReadOnlyDictionary<string, PromptWording> Prompts,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyList<Roadmap> Roadmaps)
{
    /// <summary>A line of this dialog with its <c>{placeholders}</c> filled in.</summary>
    public string Text(string key, params (string Name, object Value)[] values)
    {
        var text = Texts.TryGetValue(key, out var found) ? found : throw new KeyNotFoundException($"{File}: texts: '{key}' is missing");
        return Placeholders.Fill(text, values);
    }
}

/// <summary>The button that starts a dialog, offered under the listed guide answers and under "help".</summary>
public sealed record DialogOffer(string Button, IReadOnlyList<string> After);
