namespace CareerBot.BotFramework;

/// <summary>Settings of the Bot Framework channel (section <c>BotFramework</c>; the app's identity uses Azure's own names, see <see cref="BotCredentials"/>).</summary>
public sealed class BotFrameworkOptions
{
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Largest request body accepted on <c>/api/messages</c>; Teams messages reach about 100 KB.</summary>
    public long MaxRequestBytes { get; set; } = 512 * 1024;

    /// <summary>How long one Connector call may take before it is abandoned.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Where the Bot Connector publishes the keys that sign channel tokens (the SDK's <c>ToBotFromChannelOpenIdMetadataUrl</c>).</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Where Entra publishes the keys that sign Emulator and bot-to-bot tokens (the SDK's <c>ToBotFromEmulatorOpenIdMetadataUrl</c>).</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>How many times one reply is tried against the Connector before it is given up.</summary>
    public int ConnectorAttempts { get; set; } = 5;

    /// <summary>
    /// How long a turn's replies may wait undelivered in the outbox before any instance sends them again
    /// (longer than a delivery with all its retries takes, so a live instance is not overtaken).
    /// </summary>
    public TimeSpan OutboxRedeliverAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Replies still undelivered after this long are dropped: an answer that late helps nobody.</summary>
    public TimeSpan OutboxGiveUpAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a turn may run before the user sees a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);
}
