using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// The choices of every guided conversation's questions, understood by meaning: each choice's title, synonyms,
/// mentions and examples (dialogs/*.yaml) are embedded once per guide, in the background, and a reply the words
/// could not read is taken for the choice whose nearest example is close enough and clearly nearer than any
/// other choice's ("I'd like to move into managing people" → management). Until the model is ready, only words count.
/// </summary>
public sealed class ChoiceMeaning
{
    private readonly ITextEmbedder? _embedder;
    private readonly Task<Dictionary<(string Dialog, string Slot), List<(string Value, float[] Vector)>>>? _examples;

    /// <summary>The pseudo dialog and slot under which the commands every dialog honours are read by meaning.</summary>
    public const string AnyDialog = "*";

    public const string CommandSlot = "command";

    public ChoiceMeaning(IReadOnlyList<DialogScript> scripts, DialogCommands? commands, ITextEmbedder? embedder, EmbeddingCache? cache)
    {
        _embedder = embedder;
        var examples = (
            from script in scripts
            from prompt in script.Prompts
            from choice in prompt.Value.Choices
            from text in new[] { choice.Title }.Concat(choice.Synonyms).Concat(choice.Mentions).Concat(choice.Examples ?? [])
            select (Key: (script.Id, prompt.Key), choice.Value, Text: text)).ToList();
        // "actually let's drop this" is no phrase of common.yaml's, but its meaning is "cancel".
        examples.AddRange(
            from command in commands is null ? [] : new[] { ("cancel", commands.Cancel), ("startOver", commands.StartOver), ("help", commands.Help), ("goBack", commands.GoBack) }
            from text in command.Item2.Where(t => t.Any(char.IsLetter))
            select (Key: (AnyDialog, CommandSlot), Value: command.Item1, Text: text));
        _examples = embedder is null || examples.Count == 0 ? null : Task.Run(() =>
        {
            var texts = examples.Select(e => e.Text).ToList();
            var vectors = cache is null ? embedder.Embed(texts) : cache.Load(embedder, texts);
            return examples.Select((e, i) => (e.Key, e.Value, Vector: vectors[i]))
                .GroupBy(e => e.Key)
                .ToDictionary(g => g.Key, g => g.Select(e => (e.Value, e.Vector)).ToList());
        });
    }

    public bool Ready => _examples is { IsCompletedSuccessfully: true };

    /// <summary>The choice of the question nearest the reply in meaning, with how much nearer it is than the next choice; null before the model is ready.</summary>
    /// <summary>The command (cancel, startOver, help, goBack) nearest the reply in meaning; null before the model is ready.</summary>
    public ChoiceGuess? NearestCommand(string text) => Nearest(AnyDialog, CommandSlot, text);

    public ChoiceGuess? Nearest(string dialogId, string slot, string text)
    {
        if (!Ready || text.Length > 300 || !_examples!.Result.TryGetValue((dialogId, slot), out var examples))
        {
            return null;
        }

        var vector = _embedder!.Embed(text);
        var byChoice = examples
            .GroupBy(e => e.Value, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Similarity: g.Max(e => VectorMath.Dot(vector, e.Vector))))
            .OrderByDescending(c => c.Similarity)
            .ToList();
        var runnerUp = byChoice.Count > 1 ? byChoice[1].Similarity : -1f;
        return new ChoiceGuess(byChoice[0].Value, byChoice[0].Similarity, byChoice[0].Similarity - runnerUp);
    }
}

/// <summary>The nearest choice by meaning, its similarity and its lead over the next choice.</summary>
public readonly record struct ChoiceGuess(string Value, float Similarity, float Margin)
{
    /// <summary>Whether the guess is sure enough to take, at the calibrated thresholds.</summary>
    public bool Sure(float minimumSimilarity, float minimumMargin) => Similarity >= minimumSimilarity && Margin >= minimumMargin;
}
