using System.Text.RegularExpressions;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>
/// The text the bot can tell a user: each FAQ entry's question and answer (as the loader reads them),
/// the data tables, dialogs, replies and sources. An entry's alternates and tags, the README (for
/// editors), the search vocabulary (synonyms, cues, scope phrases) and the exclusions file are left out:
/// a fact that only they mention is not one a user can reach.
/// </summary>
internal sealed partial class ServedKnowledge
{
    private readonly string _lowerCaseText;
    private readonly HashSet<string> _figureKeys;

    public ServedKnowledge(string text)
    {
        var normalised = GuideText.Normalise(text);
        _lowerCaseText = FigureExtractor.WithDigits(normalised).ToLowerInvariant();
        _figureKeys = FigureExtractor.KeysIn(normalised);
    }

    public static ServedKnowledge Load(string knowledgeFolder)
    {
        var loaded = KnowledgeLoader.Load(knowledgeFolder);
        Assert.Empty(loaded.Problems);
        var answers = loaded.Knowledge!.Entries.Select(e => $"{e.Question}\n{e.ShortAnswer}\n{e.Details}");
        // The bot's own lines as the loader reads them: replies.yaml's field names are not said to anyone.
        var r = loaded.Knowledge.Replies;
        var replies = new[] { r.Welcome, r.Help, r.Fallback, r.NotCovered, r.MoreButton, r.SourcesLabel, r.Error }
            .Concat(r.SmallTalk.Select(t => t.Reply));
        var files = new[] { "data", KnowledgeFiles.DialogsFolder }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(knowledgeFolder, folder), "*.yaml", SearchOption.AllDirectories))
            .Append(Path.Combine(knowledgeFolder, KnowledgeFiles.Sources))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);
        return new ServedKnowledge(string.Join("\n", answers.Concat(replies).Concat(files)));
    }

    public bool Mentions(GuideFact fact)
    {
        if (fact.Key.StartsWith("name ", StringComparison.Ordinal))
        {
            // Singular or plural alike: "Senior ML Engineer" is said by "senior ML engineers".
            var name = fact.Key["name ".Length..];
            var singular = SingularEnding().Replace(name, "");
            return Regex.IsMatch(_lowerCaseText, $@"(?<![a-z0-9]){Regex.Escape(singular)}s?(?![a-z0-9])");
        }

        // A small count is only a fact with what it counts, and our sentence may put a word or
        // two between them ("15 fastest" = "15 occupations growing fastest").
        if (CountedThing().Match(fact.Key) is { Success: true } counted)
        {
            var stem = counted.Groups["word"].Value[..Math.Min(5, counted.Groups["word"].Length)];
            return Regex.IsMatch(_lowerCaseText, $@"(?<![\w.]){counted.Groups["n"].Value}(?:\W+\w+){{0,2}}?\W+{Regex.Escape(stem)}");
        }

        return _figureKeys.Contains(fact.Key);
    }

    // The plural "s" of a last word of five letters or more ("engineers", not "aws").
    [GeneratedRegex(@"(?<=[a-z]{4})s$")]
    private static partial Regex SingularEnding();

    [GeneratedRegex(@"^count (?<n>\d+) (?<word>[a-z]+)$", RegexOptions.ExplicitCapture)]
    private static partial Regex CountedThing();
}
