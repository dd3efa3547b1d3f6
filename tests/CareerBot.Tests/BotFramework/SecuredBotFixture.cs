using Microsoft.IdentityModel.Tokens;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// One secured bot with its fake issuer and connector, shared by the tests of a class (they run one
/// after another), with a published key endorsed for Teams, Web Chat and Direct Line.
/// </summary>
public sealed class SecuredBotFixture : IAsyncLifetime
{
    private BotConnectorFakes _fakes = null!;

    public TestIssuer Issuer => _fakes.Issuer;

    public ScriptedConnector Connector => _fakes.Connector;

    public RsaSecurityKey EndorsedKey => _fakes.EndorsedKey;

    public SecuredBot Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _fakes = await BotConnectorFakes.StartAsync("msteams", "webchat", "directline");
        Bot = await _fakes.StartBotAsync();
    }

    /// <inheritdoc cref="BotConnectorFakes.ChannelToken"/>
    public string ChannelToken(string? serviceUrl = null) => _fakes.ChannelToken(serviceUrl);

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await _fakes.DisposeAsync();
    }
}
