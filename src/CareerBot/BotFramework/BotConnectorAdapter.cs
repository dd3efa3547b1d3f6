using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SchemaActivity = Microsoft.Bot.Schema.Activity;

namespace CareerBot.BotFramework;

/// <summary>
/// Microsoft's <see cref="CloudAdapter"/>, the one way a turn reaches the bot. For <c>/api/messages</c> it
/// authenticates the caller (Bot Connector, Emulator and Entra tokens, channel endorsements, audience, issuer,
/// serviceUrl claim), creates the Connector client with the bot's outbound credentials, runs the turn and collects
/// expected replies and invoke responses; the edge in front of it (<see cref="MessagesEndpoint"/>) reads the body
/// itself, so malformed, oversized or flooding requests get their reason before the SDK sees them. For Direct Line,
/// which this app serves itself, it runs the turn for a caller the Direct Line endpoint has already authorised.
/// </summary>
public sealed class BotConnectorAdapter(BotFrameworkAuthentication authentication, BotCredentials credentials, ILogger<BotConnectorAdapter> logger)
    : CloudAdapter(authentication, logger)
{
    /// <summary>The named HTTP client the SDK's token requests (Entra, managed identity) go through.</summary>
    public const string LoginClient = "BotFramework.Login";

    /// <summary>
    /// Authenticates <paramref name="authorization"/> for <paramref name="activity"/> and runs the turn on
    /// <paramref name="bot"/>; null when there is nothing to answer in the body. A refused token throws
    /// <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    public Task<InvokeResponse> ProcessAsync(string? authorization, SchemaActivity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authorization, activity, bot.OnTurnAsync, cancellationToken);

    /// <summary>
    /// Runs a turn of a channel this app serves itself, as the bot's own identity, and returns its replies: the
    /// activity is marked <c>expectReplies</c>, so nothing goes over a Connector. The activity is left as it came
    /// (the caller keeps it as the user's message), apart from the turn's own reading of it.
    /// </summary>
    public async Task<IReadOnlyList<SchemaActivity>> ProcessLocalAsync(SchemaActivity activity, IBot bot, CancellationToken cancellationToken)
    {
        var (deliveryMode, callerId) = (activity.DeliveryMode, activity.CallerId);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var caller = new AuthenticateRequestResult
        {
            ClaimsIdentity = CreateClaimsIdentity(credentials.AppId),
            ConnectorFactory = new DeferredConnectorFactory(LocalConnectorFactory.Instance),
        };
        try
        {
            var response = await ProcessActivityAsync(caller, activity, bot.OnTurnAsync, cancellationToken);
            return (response?.Body as ExpectedReplies)?.Activities?.Where(a => a.Type != ActivityTypesEx.InvokeResponse).ToList() ?? [];
        }
        finally
        {
            // The adapter sets both for the turn; neither belongs to what the client posted.
            (activity.DeliveryMode, activity.CallerId) = (deliveryMode, callerId);
        }
    }
}
