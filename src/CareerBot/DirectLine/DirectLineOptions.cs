namespace CareerBot.DirectLine;

/// <summary>Settings of the Direct Line 3.0 endpoint and the website token endpoint (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    /// <summary>The master key for <c>tokens/generate</c> and server-side clients; empty = local development mode.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Origins (<c>https://site.example</c>, separated by commas or spaces) whose pages may get a token from
    /// <c>/api/directline/token</c>; the bot's own origin always may. <c>*</c> allows every origin.
    /// </summary>
    public string? AllowedOrigins { get; set; }

    /// <summary>The bot's address as browsers reach it (e.g. behind a TLS proxy); empty = taken from each request.</summary>
    public string? PublicUrl { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a <c>streamUrl</c> may wait before it is opened (Azure's rule, too).</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A conversation nobody has posted to for this long is deleted with its activities.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Activities kept per conversation (older ones are dropped; watermarks keep counting). The conversation is
    /// one stored record rewritten at each turn, so this also bounds the cost of a turn.
    /// </summary>
    public int MaxActivitiesPerConversation { get; set; } = 100;

    /// <summary>Largest request body; Azure Direct Line takes activities up to 256K characters.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest text a user may send in one message.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame (under common proxies' idle limits).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often expired conversations and tokens are swept away.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tokens and conversation starts one client address may ask for per minute.</summary>
    public int TokenRequestsPerMinute { get; set; } = 60;

    /// <summary>Activities one conversation may post per minute, on average…</summary>
    public int ActivitiesPerMinute { get; set; } = 60;

    /// <summary>…and at once.</summary>
    public int ActivityBurst { get; set; } = 20;

    /// <summary>Reads (polling, resume, refresh, stream opens) one client address may make per minute.</summary>
    public int ReadsPerMinute { get; set; } = 1200;

    /// <summary>WebSocket streams open at once on this instance; past it a new stream gets 429 <c>TooManyStreams</c>.</summary>
    public int MaxStreams { get; set; } = 10_000;

    public string BotId { get; set; } = "careerbot";

    public string BotName { get; set; } = "CareerBot";

    public bool DevelopmentMode => string.IsNullOrEmpty(Secret);

    public IReadOnlyList<string> AllowedOriginList =>
        (AllowedOrigins ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(o => o.TrimEnd('/'))
            .ToList();
}
