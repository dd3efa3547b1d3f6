using CareerBot.Tests.Shared;
using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;

namespace CareerBot.Tests.Dialogs;

/// <summary>Dialogs over the real <c>/api/messages</c> endpoint with <c>expectReplies</c>, and the chart the bot serves.</summary>
public sealed class DialogOverHttpTests
{
    [Fact]
    public async Task APlanIsBuiltOverApiMessagesWithAGuideQuestionInBetween()
    {
        await using var bot = await LoopbackBot.StartAsync();
        var conversation = "http-plan-" + Guid.NewGuid().ToString("N")[..8];
        async Task<List<Activity>> Say(string text) => await (await bot.Client.PostAsync(Activities.Message(text, conversation))).RepliesAsync();

        Assert.Equal("experience", Assert.Single(await Say("plan my certs, I use Azure and have $300")).Asks());
        var interrupted = await Say("do I need a PhD?");
        Assert.Equal(["phd-needed", "certification-plan"], interrupted.Select(r => r.EntryId()));
        Assert.Equal("experience", interrupted[1].Asks());
        Assert.Equal("hoursPerWeek", Assert.Single(await Say("experienced")).Asks());
        Assert.Equal("targetDate", Assert.Single(await Say("4 hours a week")).Asks());
        var plan = Assert.Single(await Say("no"));

        Assert.Equal("result", plan.DialogStatus());
        Assert.Contains("1. Microsoft Azure AI Engineer Associate", plan.Text, StringComparison.Ordinal);
        Assert.Contains("$300 covers 1 of the 4 exams", plan.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActivitySentAgainAfterItWasAnsweredGetsTheSameRepliesAndTheDialogDoesNotSkipAStep()
    {
        await using var bot = await LoopbackBot.StartAsync();
        var conversation = "http-retry-" + Guid.NewGuid().ToString("N")[..8];
        async Task<List<Activity>> Send(Activity activity) => await (await bot.Client.PostAsync(activity)).RepliesAsync();

        await Send(Activities.Message("plan my certs, I use AWS and have $600", conversation));
        var beginner = Activities.Message("beginner", conversation);
        var first = Assert.Single(await Send(beginner));
        // The channel did not hear back (say the instance died after saving) and sends the very same activity again.
        var again = Assert.Single(await Send(beginner));
        var next = Assert.Single(await Send(Activities.Message("6 hours a week", conversation)));

        Assert.Equal("hoursPerWeek", first.Asks());
        Assert.Equal(first.Text, again.Text);
        Assert.Equal("hoursPerWeek", again.Asks());
        Assert.Equal(beginner.Id, again.ReplyToId);
        Assert.Equal("targetDate", next.Asks());
    }

    [Fact]
    public async Task WebChatGetsThePlanAsACardAndTheSalaryReplyLinksAChartTheBotServes()
    {
        await using var bot = await LoopbackBot.StartAsync();
        var message = Activities.Message("plan my certs: gcp, beginner, $1200, 5 hours a week", "http-card");
        message.ChannelId = "webchat";
        var planReplies = await (await bot.Client.PostAsync(message)).RepliesAsync();
        Assert.Equal("targetDate", planReplies[^1].Asks());
        message = Activities.Message("no", "http-card");
        message.ChannelId = "webchat";
        var plan = Assert.Single(await (await bot.Client.PostAsync(message)).RepliesAsync());
        Assert.Contains(plan.Attachments!, a => a.ContentType == "application/vnd.microsoft.card.adaptive" && a.Text().Contains("FactSet", StringComparison.Ordinal));

        var salary = Assert.Single(await (await bot.Client.PostAsync(Activities.Message("salary by level for a senior", "http-salary"))).RepliesAsync());
        var chart = Assert.Single(salary.Attachments!, a => a.ContentType == "image/svg+xml");
        Assert.StartsWith(bot.Address.ToString().TrimEnd('/') + "/charts/salary-by-level.svg", chart.ContentUrl, StringComparison.Ordinal);

        var response = await bot.Client.GetAsync(new Uri(chart.ContentUrl!));
        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        foreach (var band in new[] { "$80K–$120K", "$96K–$120K", "$180K–$250K+", "$322K+", "no figure given" })
        {
            Assert.Contains(band, svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AChoiceNamedLikeACommandIsTakenAsTheAnswer()
    {
        using var folder = new KnowledgeFolder();
        folder.Replace("dialogs/certification-plan.yaml", "synonyms: [none, not sure,", "synonyms: [help, stop, none, not sure,");
        await using var bot = await LoopbackBot.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = folder.Path_ });
        async Task<Activity> Say(string text) => Assert.Single(await (await bot.Client.PostAsync(Activities.Message(text, "http-choice"))).RepliesAsync());

        Assert.Equal("cloud", (await Say("plan my certifications")).Asks());
        var reply = await Say("help");

        Assert.Equal("prompt", reply.DialogStatus());
        Assert.Equal("experience", reply.Asks());
        Assert.Equal("help", (await Say("help")).DialogStatus());
    }
}
