using CareerBot.Tests.Dialogs;
using CareerBot.Tests.DirectLine;
using CareerBot.Tests.Support;
using static CareerBot.Tests.DirectLine.DirectLineSocket;

namespace CareerBot.Tests.Deployment;

/// <summary>
/// Direct Line on two instances sharing PostgreSQL: a visitor's WebSocket on one instance receives the replies
/// to turns the other ran (woken by LISTEN/NOTIFY), and behind nginx's round robin a conversation flows as on one.
/// </summary>
public sealed class DirectLineAcrossInstancesTests
{
    [Theory, TwoInstances]
    public async Task AStreamOnOneInstanceCarriesTheReplyToATurnTheOtherRan(string provider)
    {
        await using var pair = await InstancePair.StartAsync(provider);
        var (first, second) = (pair.First, pair.Second);
        var conversation = await new DirectLineClient(first.Client).StartConversationAsync();
        using var socket = await ConnectAsync((string)conversation["streamUrl"]!);
        await NextSetAsync(socket);

        var posted = await new DirectLineClient(second.Client).PostMessageAsync(conversation, "how much do ML engineers earn?");
        var seen = await UntilReplyToAsync(socket, (string)posted["id"]!);

        var reply = DirectLineClient.AsActivity(seen.Single(a => (string?)a["replyToId"] == (string?)posted["id"]));
        Assert.True(reply.Contains("$133,080"), reply.Text);
        Assert.Contains(seen, a => (string?)a["id"] == (string?)posted["id"]);
        Assert.Equal((0, 1), (first.DirectLinePostsServed, second.DirectLinePostsServed));
    }

    [Theory, TwoInstances]
    public async Task ThroughNginxAPlanOverDirectLineFlowsWhileItsTurnsAlternateBetweenInstances(string provider)
    {
        await using var pair = await InstancePair.StartAsync(provider, behindNginx: true);
        var (first, second, http) = (pair.First, pair.Second, pair.ThroughNginx!);
        var client = new DirectLineClient(http);
        var conversation = await client.StartConversationAsync();
        using var socket = await ConnectAsync((string)conversation["streamUrl"]!);
        await NextSetAsync(socket);

        async Task<Microsoft.Bot.Schema.Activity> Say(string text)
        {
            var posted = await client.PostMessageAsync(conversation, text);
            var seen = await UntilReplyToAsync(socket, (string)posted["id"]!);
            return DirectLineClient.AsActivity(seen.Single(a => (string?)a["replyToId"] == (string?)posted["id"]));
        }

        Assert.Equal("experience", (await Say("plan my certs, I use AWS and have $600")).Asks());
        Assert.Equal("hoursPerWeek", (await Say("beginner")).Asks());
        Assert.Equal("targetDate", (await Say("6 hours a week")).Asks());
        var plan = await Say("no");

        Assert.Equal("result", plan.DialogStatus());
        Assert.True(plan.Contains("against your $600 budget"), plan.Text);
        Assert.True(first.DirectLinePostsServed > 0 && second.DirectLinePostsServed > 0, $"{first.DirectLinePostsServed} / {second.DirectLinePostsServed}");
        var history = (await client.ActivitiesAsync(conversation))["activities"]!.AsArray();
        Assert.Equal(9, history.Count);
    }

    [Theory, TwoInstances]
    public async Task MessagesPostedAtOnceThroughBothInstancesAreAllKeptInOneOrder(string provider)
    {
        await using var pair = await InstancePair.StartAsync(provider);
        var (first, second) = (pair.First, pair.Second);
        var clients = new[] { new DirectLineClient(first.Client), new DirectLineClient(second.Client) };
        var conversation = await clients[0].StartConversationAsync();

        var posted = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => clients[i % 2].PostMessageAsync(conversation, $"question {i}: do I need a PhD?")));
        var history = (await clients[1].ActivitiesAsync(conversation))["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();

        // The welcome, then every message and its answer: nothing overwritten, every id distinct and in sequence.
        Assert.Equal(1 + (2 * posted.Length), history.Count);
        Assert.All(posted, p => Assert.Single(history, a => (string?)a["id"] == (string?)p["id"]));
        Assert.All(posted, p => Assert.Single(history, a => (string?)a["replyToId"] == (string?)p["id"]));
        var sequence = history.Select(a => long.Parse(((string)a["id"]!).Split('|')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, history.Count).Select(n => (long)n), sequence);
    }
}
