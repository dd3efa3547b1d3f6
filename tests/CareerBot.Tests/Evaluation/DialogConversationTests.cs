using CareerBot.Tests.Dialogs;
using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The tuning set of guided conversations (dialog-conversations.yaml), played through the real
/// pipeline: each must reach its result or a clean cancel. Misses are listed in the output.
/// </summary>
public sealed class DialogConversationTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    private const double RequiredShare = 0.90;
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task AtLeast90PercentOfTheTuningConversationsReachTheirResult()
    {
        var conversations = EvaluationSet.DialogConversations();
        var misses = new List<string>();
        foreach (var conversation in conversations)
        {
            var chat = _bot.NewConversation();
            var replies = new List<Activity>();
            foreach (var says in conversation.Says)
            {
                replies.AddRange(await chat.SendAsync(says, CancellationToken.None));
            }

            if (Judge(replies, conversation.Expect) is { } problem)
            {
                misses.Add($"{conversation.Name}: {problem}\n    last reply: {(replies.Count > 0 ? replies[^1].Text : "")}");
            }
        }

        output.WriteLine($"dialog conversations (tuning): {conversations.Count - misses.Count}/{conversations.Count} reached their result");
        foreach (var miss in misses) output.WriteLine(miss);
        Assert.True(conversations.Count >= 30, $"the tuning set needs at least 30 conversations, has {conversations.Count}");
        Assert.True((conversations.Count - misses.Count) / (double)conversations.Count >= RequiredShare, $"{misses.Count} of {conversations.Count} conversations missed");
    }

    private static string? Judge(IReadOnlyList<Activity> replies, DialogOutcome expect)
    {
        if (expect.Result == "cancelled")
        {
            return replies.Any(r => r.DialogStatus() == "cancelled") ? null : "was not cancelled";
        }

        var result = replies.LastOrDefault(r => r.DialogStatus() == "result" && r.Dialog() == expect.Result);
        if (result is null)
        {
            return $"no {expect.Result} result";
        }

        var missing = expect.Facts.Where(f => !result.Everything().Contains(ReplyFacts.Normalize(f), StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : "result lacks " + string.Join(", ", missing.Select(f => $"'{f}'"));
    }
}
