using CareerBot.Pipeline;
using CareerBot.Tests.Dialogs;
using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Deployment;

/// <summary>Two bot instances on one PostgreSQL database behind nginx with deploy/'s configuration: any instance serves any turn.</summary>
public sealed class TwoInstancesBehindNginxTests
{
    [Theory, TwoInstances]
    public async Task ADialogWhoseTurnsAlternateBetweenInstancesFlowsAsOnOne(string provider)
    {
        await using var pair = await InstancePair.StartAsync(provider, behindNginx: true);
        var (first, second, client) = (pair.First, pair.Second, pair.ThroughNginx!);
        var conversation = "nginx-" + Guid.NewGuid().ToString("N")[..8];
        async Task<Activity> Say(string text) => Assert.Single(await (await client.PostAsync(Activities.Message(text, conversation))).RepliesAsync());

        Assert.Equal("experience", (await Say("plan my certs, I use AWS and have $600")).Asks());
        Assert.Equal("hoursPerWeek", (await Say("beginner")).Asks());
        Assert.Equal("targetDate", (await Say("6 hours a week")).Asks());
        var plan = await Say("no");

        Assert.Equal("result", plan.DialogStatus());
        Assert.Contains("$600 covers 2 of the 4 exams", plan.Text, StringComparison.Ordinal);
        Assert.Equal((2, 2), (first.MessagesServed, second.MessagesServed));
    }

    [Theory, TwoInstances]
    public async Task ConcurrentTurnsOnOneConversationThroughNginxLoseNoUpdate(string provider)
    {
        await using var pair = await InstancePair.StartAsync(provider, behindNginx: true);
        var (first, second, client) = (pair.First, pair.Second, pair.ThroughNginx!);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PostAsync(Activities.MembersAdded("nginx-room", $"member-{i}"))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.True(first.MessagesServed > 0 && second.MessagesServed > 0);
        var state = await first.Services.GetRequiredService<IConversationStateStore>().LoadAsync("emulator/nginx-room", default);
        Assert.Equal(20, state.State.WelcomedUsers.Count);
    }
}
