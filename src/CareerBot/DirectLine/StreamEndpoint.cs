using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// The WebSocket at a conversation's <c>streamUrl</c>. Browsers cannot set headers on a WebSocket, so the
/// single-use stream token in the URL is the credential; the watermark there says where the replay starts.
/// A second socket while one is connected is closed with "collision", as Azure's service does.
/// </summary>
public static class StreamEndpoint
{
    public static void Map(RouteGroupBuilder directLine) =>
        directLine.MapGet("/conversations/{conversationId}/stream", ConnectAsync).RequireRateLimiting(DirectLineRateLimits.Reads);

    private static async Task<IResult> ConnectAsync(
        string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineConversationStore conversations,
        IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream URL takes WebSocket connections only.");
        }

        if (string.IsNullOrEmpty(t) || !tokens.RedeemStreamToken(t, conversationId))
        {
            return DirectLineErrors.Forbidden("The stream URL is not valid (stream URLs are single-use and expire after a minute).");
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stream = new ConversationStream(socket, conversation, DirectLineHttp.Watermark(watermark));
        if (!conversation.TryAttach(stream))
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
            conversation.Detach(stream);
        }

        return Results.Empty;
    }
}
