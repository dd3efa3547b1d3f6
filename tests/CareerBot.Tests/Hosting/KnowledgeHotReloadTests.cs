using CareerBot.Hosting;
using CareerBot.Tests.Shared;
using CareerBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

/// <summary>Editing the knowledge folder of a running bot: a good edit is answered from, a broken one is refused and reported.</summary>
public sealed class KnowledgeHotReloadTests
{
    private const string OldWording = "Not necessarily: the usual education is";
    private const string NewWording = "Not necessarily (edited while the bot ran): the usual education is";

    [Fact]
    public async Task AnEditedAnswerIsServedWithoutARestartAndABrokenEditKeepsTheOldGuide()
    {
        using var folder = new KnowledgeFolder();
        await using var bot = await LoopbackBot.StartAsync(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = folder.Path_,
            ["Knowledge:ReloadDelay"] = "00:00:00.200",
        });
        var watcher = bot.Services.GetRequiredService<KnowledgeWatcher>();
        Assert.Contains(OldWording, await AnswerAsync(bot), StringComparison.Ordinal);

        folder.Replace("faq/education/phd-needed.md", OldWording, NewWording);
        await EventuallyAsync(() => watcher.Reloads == 1);
        Assert.Contains(NewWording, await AnswerAsync(bot), StringComparison.Ordinal);

        folder.Replace("faq/education/phd-needed.md", "related: [degree-needed,", "related: [no-such-entry, degree-needed,");
        await EventuallyAsync(() => watcher.LastProblems.Count > 0);
        Assert.Contains(watcher.LastProblems, p => p.File.EndsWith("phd-needed.md", StringComparison.Ordinal) && p.Line > 0);
        Assert.Equal(1, watcher.Reloads);
        Assert.Contains(NewWording, await AnswerAsync(bot), StringComparison.Ordinal);
    }

    private static async Task<string> AnswerAsync(LoopbackBot bot)
    {
        var replies = await (await bot.Client.PostAsync(Activities.Message("do I need a PhD?", "reload-" + Guid.NewGuid().ToString("N")[..8]))).RepliesAsync();
        return replies[0].Text ?? "";
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var waited = 0; waited < 200 && !condition(); waited++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the knowledge watcher did not react within 10 seconds");
    }
}
