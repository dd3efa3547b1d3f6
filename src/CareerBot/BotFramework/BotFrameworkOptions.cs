namespace CareerBot.BotFramework;

/// <summary>Settings of the Bot Framework channel (section <c>BotFramework</c>; the app id uses Azure's own name).</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>Largest request body accepted on <c>/api/messages</c>; Teams messages reach about 100 KB.</summary>
    public long MaxRequestBytes { get; set; } = 512 * 1024;

    /// <summary>How long one Connector call may take before it is abandoned.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
