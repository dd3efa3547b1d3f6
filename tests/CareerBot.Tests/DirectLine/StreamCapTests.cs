using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using CareerBot.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.DirectLine;

/// <summary><c>DirectLine:MaxStreams</c>: past the cap a new WebSocket is refused with 429, and a freed slot serves it.</summary>
public sealed class StreamCapTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AStreamBeyondTheCapIs429TooManyStreamsAndConnectsOnceASlotIsFree()
    {
        await using var bot = await DirectLineBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxStreams"] = "1" });
        var first = await bot.StartConversationAsync();
        var second = await bot.StartConversationAsync();
        using var open = await ConnectAsync((string)first["streamUrl"]!);

        using var refused = await UpgradeAsync(bot, (string)second["streamUrl"]!);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("TooManyStreams", await DirectLineBot.ErrorCodeOf(refused));
        Assert.NotNull(refused.Headers.RetryAfter);

        await open.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        var slots = bot.Services.GetRequiredService<DirectLineStreamSlots>();
        for (var waited = TimeSpan.Zero; slots.Open > 0 && waited < Patience; waited += TimeSpan.FromMilliseconds(20))
        {
            await Task.Delay(20);
        }

        // The refusal did not spend the single-use stream URL.
        using var admitted = await ConnectAsync((string)second["streamUrl"]!);
        Assert.Equal(WebSocketState.Open, admitted.State);
    }

    private static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return socket;
    }

    /// <summary>A WebSocket handshake sent as plain HTTP, so a refusal's status, headers and body can be read.</summary>
    private static async Task<HttpResponseMessage> UpgradeAsync(DirectLineBot bot, string streamUrl)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(streamUrl.Replace("ws://", "http://", StringComparison.Ordinal)));
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new ProductHeaderValue("websocket"));
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
        using var timeout = new CancellationTokenSource(Patience);
        // Headers only: were the socket accepted (101), waiting for a body would never end.
        return await bot.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
    }
}
