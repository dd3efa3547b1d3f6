using System.Net;
using CareerBot.Protocol;
using CareerBot.Tests.Support;
using CareerBot.Tests.Teams;
using Microsoft.Bot.Schema;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// With <c>MicrosoftAppId</c> set, <c>/api/messages</c> accepts only a Bot Connector token that passes every
/// check; anything else is refused before the activity is looked at. Real tokens, signed by keys the
/// test generated and published from a loopback OpenID issuer.
/// </summary>
public sealed class InboundAuthenticationTests(SecuredBotFixture fixture) : IClassFixture<SecuredBotFixture>
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Theory]
    [InlineData("expired six minutes ago", HttpStatusCode.Unauthorized)]
    [InlineData("not valid for another ten minutes", HttpStatusCode.Unauthorized)]
    [InlineData("meant for another app", HttpStatusCode.Unauthorized)]
    [InlineData("from another issuer", HttpStatusCode.Unauthorized)]
    [InlineData("unsigned (alg none)", HttpStatusCode.Unauthorized)]
    [InlineData("signed with HS256", HttpStatusCode.Unauthorized)]
    [InlineData("signed by an unknown key", HttpStatusCode.Unauthorized)]
    [InlineData("naming another serviceurl", HttpStatusCode.Unauthorized)]
    [InlineData("without a serviceurl", HttpStatusCode.Unauthorized)]
    [InlineData("missing", HttpStatusCode.Unauthorized)]
    [InlineData("sent as Basic", HttpStatusCode.Unauthorized)]
    [InlineData("not a JWT at all", HttpStatusCode.Unauthorized)]
    // Microsoft's SDK refuses every token it does not accept with 401, unendorsed keys included.
    [InlineData("signed by a key not endorsed for Teams", HttpStatusCode.Unauthorized)]
    [InlineData("signed by a key with no endorsements", HttpStatusCode.Unauthorized)]
    public async Task ABadTokenIsRefusedAndTheActivityIsNotProcessed(string token, HttpStatusCode expected)
    {
        var refused = TeamsActivities.Personal("do I need a PhD?", fixture.Connector.ServiceUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(BotJson.Serialize(refused), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", Header(token));

        var response = await fixture.Bot.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("token", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // The next reply to reach the connector answers a later, valid request: the refused one did nothing.
        var valid = TeamsActivities.Personal("how much do ML engineers earn?", fixture.Connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Bot.Client.PostAsync(valid, fixture.ChannelToken())).StatusCode);
        Assert.Equal(valid.Id, (await fixture.Connector.NextMessageAsync()).Activity.ReplyToId);
    }

    [Fact]
    public async Task AValidTokenIsAcceptedAndTheReplyReachesTheConnectorWithTheBotsToken()
    {
        var question = TeamsActivities.Personal("do I need a PhD?", fixture.Connector.ServiceUrl);

        var response = await fixture.Bot.Client.PostAsync(question, fixture.ChannelToken());
        var call = await fixture.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(question.Conversation!.Id!)}/activities/{question.Id}", call.Path);
        Assert.Matches("^Bearer connector-token-[0-9]+$", call.Authorization);
        Assert.Equal(question.Id, call.Activity.ReplyToId);
        var form = fixture.Connector.TokenRequests[^1];
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(SecuredBot.AppId, form["client_id"]);
        Assert.Equal(SecuredBot.Password, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task ATokenExpiredFourMinutesAgoIsWithinTheFiveMinuteSkew()
    {
        var token = fixture.Issuer.Token(fixture.EndorsedKey, ServiceUrlClaim(), Now.AddMinutes(-30), DateTime.UtcNow.AddMinutes(-4), audience: SecuredBot.AppId);
        var question = TeamsActivities.Personal("which certification should I take first?", fixture.Connector.ServiceUrl);

        var response = await fixture.Bot.Client.PostAsync(question, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(question.Id, (await fixture.Connector.NextMessageAsync()).Activity.ReplyToId);
    }

    [Fact]
    public async Task ExpectRepliesWithAValidTokenAnswersInTheBodyAndSendsNothingToTheConnector()
    {
        var question = TeamsActivities.Personal("do I need a PhD?", fixture.Connector.ServiceUrl);
        question.DeliveryMode = "expectReplies";
        var callsBefore = fixture.Connector.Calls;

        var replies = await (await fixture.Bot.Client.PostAsync(question, fixture.ChannelToken())).RepliesAsync();

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal(question.Id, r.ReplyToId));
        Assert.Equal(callsBefore, fixture.Connector.Calls);
    }

    private string Header(string token) => token switch
    {
        "expired six minutes ago" => Bearer(fixture.Issuer.Token(fixture.EndorsedKey, ServiceUrlClaim(), Now.AddMinutes(-30), Now.AddMinutes(-6), audience: SecuredBot.AppId)),
        "not valid for another ten minutes" => Bearer(fixture.Issuer.Token(fixture.EndorsedKey, ServiceUrlClaim(), Now.AddMinutes(10), Now.AddMinutes(40), audience: SecuredBot.AppId)),
        "meant for another app" => Bearer(fixture.Issuer.Token(fixture.EndorsedKey, ServiceUrlClaim(), audience: Guid.NewGuid().ToString())),
        "from another issuer" => Bearer(fixture.Issuer.Token(fixture.EndorsedKey, ServiceUrlClaim(), issuer: "https://api.botframework.example", audience: SecuredBot.AppId)),
        "unsigned (alg none)" => Bearer(fixture.Issuer.UnsignedToken(fixture.EndorsedKey.KeyId, SecuredBot.AppId, ServiceUrlClaim())),
        "signed with HS256" => Bearer(fixture.Issuer.SymmetricToken(SecuredBot.AppId, ServiceUrlClaim())),
        "signed by an unknown key" => Bearer(fixture.Issuer.Token(TestIssuer.NewKey("endorsed-key"), ServiceUrlClaim(), audience: SecuredBot.AppId)),
        "naming another serviceurl" => Bearer(fixture.ChannelToken("https://smba.trafficmanager.net/amer/")),
        "without a serviceurl" => Bearer(fixture.Issuer.Token(fixture.EndorsedKey, new Dictionary<string, object> { ["appid"] = SecuredBot.AppId }, audience: SecuredBot.AppId)),
        "missing" => "",
        "sent as Basic" => "Basic " + Convert.ToBase64String("user:password"u8.ToArray()),
        "not a JWT at all" => "Bearer not-a-token",
        "signed by a key not endorsed for Teams" => Bearer(fixture.Issuer.Token(fixture.Issuer.Publish(TestIssuer.NewKey("webchat-only-" + Guid.NewGuid().ToString("N")[..6]), "webchat"), ServiceUrlClaim(), audience: SecuredBot.AppId)),
        "signed by a key with no endorsements" => Bearer(fixture.Issuer.Token(fixture.Issuer.Publish(TestIssuer.NewKey("plain-" + Guid.NewGuid().ToString("N")[..6]), null), ServiceUrlClaim(), audience: SecuredBot.AppId)),
        _ => throw new ArgumentOutOfRangeException(nameof(token), token, "no such case"),
    };

    private Dictionary<string, object> ServiceUrlClaim() => new() { ["serviceurl"] = fixture.Connector.ServiceUrl };

    private static string Bearer(string token) => "Bearer " + token;
}
