using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// One secured bot with its fake issuer and connector, shared by the tests of a class (they run one
/// after another), with a published key endorsed for Teams, Web Chat and Direct Line.
/// </summary>
public sealed class SecuredBotFixture : IAsyncLifetime
{
    public TestIssuer Issuer { get; private set; } = null!;

    public ScriptedConnector Connector { get; private set; } = null!;

    public SecuredBot Bot { get; private set; } = null!;

    public RsaSecurityKey EndorsedKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await TestIssuer.StartAsync();
        Connector = await ScriptedConnector.StartAsync();
        EndorsedKey = Issuer.Publish(TestIssuer.NewKey("endorsed-key"), "msteams", "webchat", "directline");
        Bot = await SecuredBot.StartAsync(Issuer, Connector);
    }

    /// <summary>A token as the Bot Connector would send with an activity from <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string? serviceUrl = null) =>
        Issuer.Token(EndorsedKey, new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? Connector.ServiceUrl }, audience: SecuredBot.AppId);

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
