using CareerBot.Tests.Dialogs;
using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;

namespace CareerBot.Tests.Storage;

/// <summary>The bot stopped mid-dialog and started again on the same database carries on where it was.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task APlanStartedBeforeARestartIsFinishedAfterIt()
    {
        var database = TestDatabases.NewSqlite();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CareerBot"] = database };
        var conversation = "restart-" + Guid.NewGuid().ToString("N")[..8];

        await using (var before = await LoopbackBot.StartAsync(settings))
        {
            Assert.Equal("experience", Assert.Single(await Say(before, "plan my certs, I use AWS and have $600")).Asks());
            Assert.Equal("hoursPerWeek", Assert.Single(await Say(before, "beginner")).Asks());
        }

        await using var after = await LoopbackBot.StartAsync(settings);
        Assert.Equal("targetDate", Assert.Single(await Say(after, "6 hours a week")).Asks());
        var plan = Assert.Single(await Say(after, "no"));

        Assert.Equal("result", plan.DialogStatus());
        Assert.Contains("1. AWS Certified Machine Learning", plan.Text, StringComparison.Ordinal);
        Assert.Contains("$600 covers 2 of the 4 exams", plan.Text, StringComparison.Ordinal);

        async Task<List<Activity>> Say(LoopbackBot bot, string text) => await (await bot.Client.PostAsync(Activities.Message(text, conversation))).RepliesAsync();
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("KILL")]
    public async Task APlanSurvivesTheBotProcessBeingStoppedBySignal(string signal)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite() };
        var conversation = "signal-" + Guid.NewGuid().ToString("N")[..8];

        await using (var before = await BotProcess.StartAsync(settings))
        {
            Assert.Equal("experience", Assert.Single(await Say(before, "plan my certs, I use Azure and have $300")).Asks());
            Assert.Equal("hoursPerWeek", Assert.Single(await Say(before, "experienced")).Asks());
            var exitCode = await before.StopAsync(signal);
            if (signal == "TERM")
            {
                Assert.Equal(0, exitCode);
            }
        }

        await using var after = await BotProcess.StartAsync(settings);
        Assert.Equal("targetDate", Assert.Single(await Say(after, "4 hours a week")).Asks());
        var plan = Assert.Single(await Say(after, "no"));
        Assert.Equal("result", plan.DialogStatus());
        Assert.Contains("$300 covers 1 of the 4 exams", plan.Text, StringComparison.Ordinal);

        async Task<List<Activity>> Say(BotProcess bot, string text) => await (await bot.Client.PostAsync(Activities.Message(text, conversation))).RepliesAsync();
    }
}
