using CareerBot.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// A file of guided conversations in people's own words (Blind/dialogs.yaml, dialogs-natural.yaml), run
/// through the real pipeline and judged the way a person would: a conversation that should end in a result
/// counts when the bot's replies, by its last message, have shown every expected fact (a roadmap is followed
/// by "shall I plan your certifications?", which the person may decline); one that should end cancelled
/// counts when the next guide question is answered as a question, not taken as a reply to the dialog.
/// </summary>
public sealed class NaturalDialogSet(InProcessBot bot, ITestOutputHelper output)
{
    private const string ProbeQuestion = "how much does a machine learning engineer earn?";
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    /// <summary>Runs every conversation of the file, reports the misses and returns the share that went right.</summary>
    /// <param name="relativePath">The file, under Evaluation/.</param>
    /// <param name="what">What the report calls the set.</param>
    /// <param name="blind">A blind set: misses are not printed unless asked for (<see cref="BlindSet.Shown"/>).</param>
    public async Task<(int Total, double Share)> RunAsync(string relativePath, string what, bool blind)
    {
        var conversations = Yaml.Deserialize<List<Conversation>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", relativePath)));
        var misses = new List<string>();
        foreach (var dialog in conversations)
        {
            if (await Problem(dialog) is { } problem)
            {
                misses.Add($"[{dialog.Dialog}] {dialog.Name}: {problem}");
            }
        }

        foreach (var group in conversations.GroupBy(c => c.Dialog))
        {
            var missed = misses.Count(m => m.StartsWith($"[{group.Key}]", StringComparison.Ordinal));
            output.WriteLine($"  {group.Key}: {group.Count() - missed}/{group.Count()}");
        }

        output.WriteLine($"{what}: {conversations.Count - misses.Count}/{conversations.Count}");
        foreach (var miss in blind ? BlindSet.Shown(misses) : misses)
        {
            output.WriteLine("MISS " + miss);
        }

        return (conversations.Count, (conversations.Count - misses.Count) / (double)Math.Max(1, conversations.Count));
    }

    private async Task<string?> Problem(Conversation dialog)
    {
        var chat = bot.NewConversation();
        var replies = new List<Microsoft.Bot.Schema.Activity>();
        foreach (var turn in dialog.Turns)
        {
            replies.AddRange(await chat.SendAsync(turn, CancellationToken.None));
        }

        var said = string.Join("\n", replies.Select(a => ReplyFacts.Normalize(a.Text ?? "")));
        if (dialog.Expect == "cancelled")
        {
            var probe = await chat.SendAsync(ProbeQuestion, CancellationToken.None);
            return probe.Any(a => a.Kind() == "answer") ? null : $"still in the dialog after '{dialog.Turns[^1]}': {Clip(said)}";
        }

        var missing = dialog.Facts.Where(fact => !fact.Split('|').Any(f => said.Contains(ReplyFacts.Normalize(f), StringComparison.Ordinal))).ToList();
        return missing.Count == 0 ? null : $"the replies lack {string.Join(", ", missing.Select(f => $"'{f}'"))}: {Clip(string.Join(" / ", replies.TakeLast(2).Select(a => a.Text)))}";
    }

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private sealed class Conversation
    {
        public string Name { get; set; } = "";
        public string Dialog { get; set; } = "";
        public List<string> Turns { get; set; } = [];
        public string Expect { get; set; } = "";
        public List<string> Facts { get; set; } = [];
    }
}
