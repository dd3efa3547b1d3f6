using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace CareerBot.BotFramework;

/// <summary>
/// The Connector factory for turns of a channel this app serves itself (Direct Line): those turns are run with
/// <c>expectReplies</c>, so their replies come back in the result and no Connector is ever called. The client
/// the SDK asks for anyway carries no credentials, so the bot's token can never leave on such a turn.
/// </summary>
public sealed class LocalConnectorFactory : ConnectorFactory
{
    // Never used to send; shared so a turn does not make (and dispose) an HTTP handler of its own.
    private static readonly HttpClient Unused = new();

    public static readonly LocalConnectorFactory Instance = new();

    private LocalConnectorFactory()
    {
    }

    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty, Unused, disposeHttpClient: false));
}
