namespace CareerBot.Hosting;

/// <summary>
/// The <c>Limits</c> section: how much one client or one conversation may ask of <c>/api/messages</c>, and how
/// long a request and a shutdown may take. Defaults are generous: they stop floods, not busy users or a load test
/// (64 connections from one address, thousands of turns a second); a public deployment sets tighter ones
/// (deploy/docker-compose.yml does).
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>Sustained requests per second from one client address (token bucket refill).</summary>
    public int MessagesPerSecondPerAddress { get; set; } = 5000;

    /// <summary>Requests one client address may send at once before the sustained rate applies.</summary>
    public int MessageBurstPerAddress { get; set; } = 10_000;

    /// <summary>Sustained turns per minute on one conversation.</summary>
    public int MessagesPerMinutePerConversation { get; set; } = 12_000;

    /// <summary>Turns one conversation may send at once before the sustained rate applies.</summary>
    public int MessageBurstPerConversation { get; set; } = 400;

    /// <summary>Longest message text read; longer gets 400. Generous: a pasted CV must still get an answer, not an error.</summary>
    public int MaxTextLength { get; set; } = 200_000;

    /// <summary>Most attachments on one activity; more gets 400.</summary>
    public int MaxAttachments { get; set; } = 20;

    /// <summary>How long one <c>/api/messages</c> request may run before it is answered 504.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a stopping instance waits for in-flight turns and queued replies.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
