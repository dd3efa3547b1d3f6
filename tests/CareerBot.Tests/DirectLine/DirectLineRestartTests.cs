using CareerBot.Tests.Dialogs;
using CareerBot.Tests.Support;
using static CareerBot.Tests.DirectLine.DirectLineSocket;

namespace CareerBot.Tests.DirectLine;

/// <summary>
/// The bot process stopped mid-plan (SIGTERM, SIGKILL) and started again: the Direct Line conversation, its token,
/// history and watermark are all still there, and the replies after the restart, in people's words, are understood.
/// </summary>
public sealed class DirectLineRestartTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("KILL")]
    public async Task AConversationCarriesOnAfterTheBotProcessIsStopped(string signal)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite() };
        System.Text.Json.Nodes.JsonObject conversation, before;
        await using (var bot = await BotProcess.StartAsync(settings))
        {
            var client = new DirectLineClient(bot.Client);
            conversation = await client.StartConversationAsync();
            Assert.Equal("experience", await AskedAfterAsync(client, conversation, "plan my certs, I use Azure and have $300"));
            Assert.Equal("hoursPerWeek", await AskedAfterAsync(client, conversation, "I've been building models at work for about six years"));
            before = await client.ActivitiesAsync(conversation);
            await bot.StopAsync(signal);
        }

        await using var restarted = await BotProcess.StartAsync(settings);
        var again = new DirectLineClient(restarted.Client);
        var after = await again.ActivitiesAsync(conversation);
        var resumed = await again.ResumeAsync(conversation, (string?)before["watermark"]);
        using var socket = await ConnectAsync((string)resumed["streamUrl"]!);
        var posted = await again.PostMessageAsync(conversation, "maybe 4 hours a week");
        var seen = await UntilReplyToAsync(socket, (string)posted["id"]!);
        var plan = DirectLineClient.AsActivity(await again.ReplyToAsync(conversation, (string)(await again.PostMessageAsync(conversation, "no deadline really"))["id"]!));

        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        Assert.Equal(5, before["activities"]!.AsArray().Count);
        // The resumed stream starts after the watermark: only the new message and what answers it.
        Assert.Equal((string?)posted["id"], (string?)seen[0]["id"]);
        Assert.Equal("targetDate", DirectLineClient.AsActivity(seen.Single(a => (string?)a["replyToId"] == (string?)posted["id"])).Asks());
        Assert.Equal("result", plan.DialogStatus());
        // Experienced (six years) at 4 hours a week: our planning assumption's hours for that level come to about 13 weeks.
        Assert.True(plan.Contains("about 13 weeks of study"), plan.Text);
        // Web Chat gets the plan's summary in the text and the details in a card.
        Assert.True(plan.Contains("Microsoft Azure AI Engineer Associate. Exam fees about $300 against your $300 budget"), plan.Text);
    }

    private static async Task<string?> AskedAfterAsync(DirectLineClient client, System.Text.Json.Nodes.JsonObject conversation, string text)
    {
        var posted = await client.PostMessageAsync(conversation, text);
        return DirectLineClient.AsActivity(await client.ReplyToAsync(conversation, (string)posted["id"]!)).Asks();
    }
}
