using System.Net;
using CareerBot.Tests.Support;
using CareerBot.Tests.Teams;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// The Emulator (and another bot) sends an Entra token: issued by the Bot Framework's tenant, signed by a key from
/// Entra's metadata (<c>BotFramework:EntraOpenIdMetadataUrl</c>), naming the calling app in <c>appid</c> (v1) or
/// <c>azp</c> (v2). The bot accepts it only when that app is the bot itself, as Azure Bot Service expects.
/// Completes the token matrix of <see cref="InboundAuthenticationTests"/>, against the real app on loopback.
/// </summary>
public sealed class EmulatorTokenTests(EmulatorTokenTests.Fixture fixture) : IClassFixture<EmulatorTokenTests.Fixture>
{
    [Theory]
    [InlineData("v1 naming the bot in appid", HttpStatusCode.OK)]
    [InlineData("v2 naming the bot in azp", HttpStatusCode.OK)]
    [InlineData("v1 naming another app", HttpStatusCode.Unauthorized)]
    [InlineData("v2 naming the bot only in appid", HttpStatusCode.Unauthorized)]
    [InlineData("of an unknown version", HttpStatusCode.Unauthorized)]
    [InlineData("signed by a key Entra does not publish", HttpStatusCode.Unauthorized)]
    [InlineData("expired six minutes ago", HttpStatusCode.Unauthorized)]
    [InlineData("signed by the channel's key", HttpStatusCode.Unauthorized)]
    public async Task AnEmulatorTokenIsAcceptedOnlyWhenItNamesTheBot(string token, HttpStatusCode expected)
    {
        var question = Activities.Message("do I need a PhD?");
        question.ServiceUrl = fixture.Fakes.Connector.ServiceUrl;

        var response = await fixture.Bot.Client.PostAsync(question, Token(token));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.NotEmpty(await response.RepliesAsync());
        }
    }

    private string Token(string token)
    {
        var now = DateTime.UtcNow;
        return token switch
        {
            "v1 naming the bot in appid" => fixture.Entra.Token(fixture.EntraKey, Claims("1.0", "appid", SecuredBot.AppId), audience: SecuredBot.AppId),
            "v2 naming the bot in azp" => fixture.Entra.Token(fixture.EntraKey, Claims("2.0", "azp", SecuredBot.AppId), audience: SecuredBot.AppId),
            "v1 naming another app" => fixture.Entra.Token(fixture.EntraKey, Claims("1.0", "appid", Guid.NewGuid().ToString()), audience: SecuredBot.AppId),
            "v2 naming the bot only in appid" => fixture.Entra.Token(fixture.EntraKey, Claims("2.0", "appid", SecuredBot.AppId), audience: SecuredBot.AppId),
            "of an unknown version" => fixture.Entra.Token(fixture.EntraKey, Claims("3.0", "appid", SecuredBot.AppId), audience: SecuredBot.AppId),
            "signed by a key Entra does not publish" => fixture.Entra.Token(TestIssuer.NewKey("entra-key"), Claims("1.0", "appid", SecuredBot.AppId), audience: SecuredBot.AppId),
            "expired six minutes ago" => fixture.Entra.Token(fixture.EntraKey, Claims("1.0", "appid", SecuredBot.AppId), now.AddMinutes(-30), now.AddMinutes(-6), audience: SecuredBot.AppId),
            "signed by the channel's key" => fixture.Entra.Token(fixture.Fakes.EndorsedKey, Claims("1.0", "appid", SecuredBot.AppId), audience: SecuredBot.AppId),
            _ => throw new ArgumentOutOfRangeException(nameof(token), token, "no such case"),
        };
    }

    private static Dictionary<string, object> Claims(string version, string appClaim, string appId) => new() { ["ver"] = version, [appClaim] = appId };

    /// <summary>One secured bot whose Entra metadata is a second loopback issuer, in the Bot Framework tenant's name.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private const string BotFrameworkTenantIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

        public BotConnectorFakes Fakes { get; private set; } = null!;

        public TestIssuer Entra { get; private set; } = null!;

        public RsaSecurityKey EntraKey { get; private set; } = null!;

        public SecuredBot Bot { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Fakes = await BotConnectorFakes.StartAsync("msteams");
            Entra = await TestIssuer.StartAsync(BotFrameworkTenantIssuer);
            EntraKey = Entra.Publish(TestIssuer.NewKey("entra-key"), null);
            Entra.ServeTheSdkOverLoopback();
            Bot = await Fakes.StartBotAsync(new Dictionary<string, string?> { ["BotFramework:EntraOpenIdMetadataUrl"] = Entra.MetadataUrl });
        }

        public async Task DisposeAsync()
        {
            await Bot.DisposeAsync();
            await Entra.DisposeAsync();
            await Fakes.DisposeAsync();
        }
    }
}
