using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// The Bot Connector's side of a test on loopback: a token issuer publishing one key endorsed for the given
/// channels, and a scripted connector (with its token endpoint) for the bot's replies.
/// </summary>
public sealed class BotConnectorFakes : IAsyncDisposable
{
    private BotConnectorFakes(TestIssuer issuer, ScriptedConnector connector, RsaSecurityKey endorsedKey) =>
        (Issuer, Connector, EndorsedKey) = (issuer, connector, endorsedKey);

    public TestIssuer Issuer { get; }

    public ScriptedConnector Connector { get; }

    public RsaSecurityKey EndorsedKey { get; }

    public static async Task<BotConnectorFakes> StartAsync(params string[] endorsements)
    {
        var issuer = await TestIssuer.StartAsync();
        var connector = await ScriptedConnector.StartAsync();
        return new BotConnectorFakes(issuer, connector, issuer.Publish(TestIssuer.NewKey("endorsed-key"), endorsements));
    }

    /// <summary>A bot configured as an Azure Bot against these fakes, with extra settings on top.</summary>
    public Task<SecuredBot> StartBotAsync(IDictionary<string, string?>? settings = null, IDictionary<string, Uri>? redirects = null) =>
        SecuredBot.StartAsync(Issuer, Connector, settings, redirects);

    /// <summary>A token as the Bot Connector would send with an activity from <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string? serviceUrl = null) =>
        Issuer.Token(EndorsedKey, new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? Connector.ServiceUrl }, audience: SecuredBot.AppId);

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
