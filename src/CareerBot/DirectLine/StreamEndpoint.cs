using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// The WebSocket at a conversation's <c>streamUrl</c>. Browsers cannot set headers on a WebSocket, so the
/// single-use stream token in the URL is the credential; the watermark there says where the replay starts.
/// A second socket while one is connected is closed with "collision", as Azure's service does; past the
/// instance's stream cap a new socket is refused with 429 before it is upgraded (and its stream token is kept).
/// </summary>
public static class StreamEndpoint
{
    private const string RetryAfterSeconds = "5";

    public static void Map(RouteGroupBuilder directLine) =>
        directLine.MapGet("/conversations/{conversationId}/stream", ConnectAsync).RequireRateLimiting(DirectLineRateLimits.Reads);

    private static async Task<IResult> ConnectAsync(
        string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineConversationStore conversations,
        DirectLineStreamHub hub, DirectLineStreamSlots slots, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream URL takes WebSocket connections only.");
        }

        if (!slots.TryTake())
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return DirectLineErrors.Of(
                StatusCodes.Status429TooManyRequests, "TooManyStreams", "This instance has as many open streams as it allows; try again shortly, or poll for activities.");
        }

        try
        {
            return await ServeAsync(conversationId, t, watermark, http, tokens, conversations, hub, options, lifetime);
        }
        finally
        {
            slots.Release();
        }
    }

    private static async Task<IResult> ServeAsync(
        string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineConversationStore conversations,
        DirectLineStreamHub hub, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        if (string.IsNullOrEmpty(t) || !await tokens.RedeemStreamTokenAsync(t, conversationId, http.RequestAborted))
        {
            return DirectLineErrors.Forbidden("The stream URL is not valid (stream URLs are single-use and expire after a minute).");
        }

        if (await conversations.FindAsync(conversationId, http.RequestAborted) is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var stream = new ConversationStream(socket, conversationId, DirectLineHttp.Watermark(watermark), conversations);
        if (!hub.TryAttach(conversationId, stream))
        {
            await stream.RefuseAsync();
            return Results.Empty;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await stream.RunAsync(options.Value.KeepAliveInterval, stop.Token);
        }
        finally
        {
            hub.Detach(conversationId, stream);
        }

        return Results.Empty;
    }
}
