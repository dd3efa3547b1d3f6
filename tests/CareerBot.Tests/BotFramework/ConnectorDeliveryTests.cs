using System.Net;
using CareerBot.BotFramework;
using CareerBot.Tests.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.BotFramework;

/// <summary>Replies to the Bot Connector: token use, retries where Teams allows them, none where it does not.</summary>
public sealed class ConnectorDeliveryTests(SecuredBotFixture fixture) : IClassFixture<SecuredBotFixture>
{
    private ConnectorReplySender Client => fixture.Bot.Services.GetRequiredService<ConnectorReplySender>();

    [Fact]
    public async Task AThrottledReplyStillArrivesAfterTheRetryAfterWait()
    {
        fixture.Connector.Refuse(HttpStatusCode.TooManyRequests, retryAfter: "1");
        var question = TeamsActivities.Personal("do I need a PhD?", fixture.Connector.ServiceUrl);
        var sent = DateTimeOffset.UtcNow;

        var response = await fixture.Bot.Client.PostAsync(question, fixture.ChannelToken());
        var call = await fixture.Connector.NextMessageAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(question.Id, call.Activity.ReplyToId);
        Assert.True(call.At - sent >= TimeSpan.FromSeconds(0.9), $"retried after {(call.At - sent).TotalMilliseconds} ms, before Retry-After");
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TransientFailuresAreRetried(HttpStatusCode status)
    {
        fixture.Connector.Refuse(status);
        fixture.Connector.Refuse(status);

        var id = await Client.SendAsync(Reply("retried"), CancellationToken.None);

        Assert.StartsWith("msg-", id, StringComparison.Ordinal);
        Assert.Equal("retried", (await fixture.Connector.NextAsync()).Activity.Text);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task FailuresTeamsSaysNotToRetryAreNotRetried(HttpStatusCode status)
    {
        fixture.Connector.Refuse(status, body: "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"no\"}}");
        var before = fixture.Connector.Calls;

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(Reply("refused"), CancellationToken.None));

        Assert.Equal(status, error.Status);
        Assert.Equal(before + 1, fixture.Connector.Calls);
    }

    [Fact]
    public async Task TheTokenIsFetchedOnceAndReused()
    {
        await Client.SendAsync(Reply("one"), CancellationToken.None);
        var issued = fixture.Connector.TokensIssued;
        await Client.SendAsync(Reply("two"), CancellationToken.None);
        await Client.SendAsync(Reply("three"), CancellationToken.None);

        Assert.Equal(issued, fixture.Connector.TokensIssued);
        var calls = new[] { await fixture.Connector.NextAsync(), await fixture.Connector.NextAsync(), await fixture.Connector.NextAsync() };
        Assert.Single(calls.Select(c => c.Authorization).Distinct());
    }

    [Fact]
    public async Task ARefusedTokenIsRenewedOnceAndTheReplyResent()
    {
        await Client.SendAsync(Reply("warm-up"), CancellationToken.None);
        var first = (await fixture.Connector.NextAsync()).Authorization;
        fixture.Connector.Refuse(HttpStatusCode.Unauthorized);

        await Client.SendAsync(Reply("after renewal"), CancellationToken.None);
        var call = await fixture.Connector.NextAsync();

        Assert.Equal("after renewal", call.Activity.Text);
        Assert.NotEqual(first, call.Authorization);
    }

    [Fact]
    public async Task TheTokenIsNeverSentToAnUntrustedServiceUrl()
    {
        var before = fixture.Connector.Calls;
        var reply = Reply("to a forged host");
        reply.ServiceUrl = fixture.Connector.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(reply, CancellationToken.None));

        Assert.Equal(before, fixture.Connector.Calls);
    }

    [Fact]
    public async Task AReplyWithoutReplyToIdIsAppendedToTheConversation()
    {
        var reply = Reply("appended");
        reply.ReplyToId = null;

        await Client.SendAsync(reply, CancellationToken.None);

        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("a:1@x;y")}/activities", (await fixture.Connector.NextAsync()).Path);
    }

    private Activity Reply(string text) => new()
    {
        Type = "message",
        ChannelId = "msteams",
        ServiceUrl = fixture.Connector.ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:1@x;y" },
        From = new ChannelAccount { Id = TeamsActivities.BotId },
        Recipient = new ChannelAccount { Id = TeamsActivities.UserId },
        ReplyToId = "1700000000000",
        Text = text,
    };
}
