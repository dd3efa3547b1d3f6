using CareerBot.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The blind dialog set (Blind/dialogs.yaml): conversations written from the five guide pages and one
/// paragraph per guided conversation, in people's own words, frozen before tuning. A conversation that
/// should end in a result counts when the bot's replies, by its last message, have shown every expected
/// fact (a roadmap is followed by "shall I plan your certifications?", which the person may decline); one
/// that should end cancelled counts when the next guide question is answered as a question, not taken
/// as a reply to the dialog.
/// </summary>
public sealed class BlindDialogTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    // The issue's bar is 90% of these; this build reaches 62 of 75 (2026-12-04), held here as a floor (README, answer quality).
    private const double RequiredShare = 0.82;
    private const string ProbeQuestion = "how much does a machine learning engineer earn?";
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task BlindGuidedConversationsDoNotFallBelowTodaysFloor()
    {
        var conversations = Yaml.Deserialize<List<BlindDialog>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Blind", "dialogs.yaml")));
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

        output.WriteLine($"blind guided conversations: {conversations.Count - misses.Count}/{conversations.Count}");
        foreach (var miss in misses)
        {
            output.WriteLine("MISS " + miss);
        }

        Assert.True(conversations.Count >= 60, $"the set needs at least 60 conversations, has {conversations.Count}");
        Assert.True((conversations.Count - misses.Count) / (double)conversations.Count >= RequiredShare,
            $"{misses.Count} of {conversations.Count} blind guided conversations went wrong");
    }

    private async Task<string?> Problem(BlindDialog dialog)
    {
        var chat = _bot.NewConversation();
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

    private sealed class BlindDialog
    {
        public string Name { get; set; } = "";
        public string Dialog { get; set; } = "";
        public List<string> Turns { get; set; } = [];
        public string Expect { get; set; } = "";
        public List<string> Facts { get; set; } = [];
    }
}
