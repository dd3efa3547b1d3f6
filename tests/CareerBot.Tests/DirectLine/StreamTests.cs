using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;

using static CareerBot.Tests.DirectLine.DirectLineSocket;

namespace CareerBot.Tests.DirectLine;

/// <summary>The WebSocket at <c>streamUrl</c>: replay, live activities, keep-alives, one socket per conversation.</summary>
public sealed class StreamTests
{
    [Fact]
    public async Task TheStreamReplaysTheWelcomeThenCarriesTheEchoAndTheAnswerInOrder()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        using var socket = await ConnectAsync((string)conversation["streamUrl"]!);

        var replay = await NextSetAsync(socket);
        // directlinejs pings with empty frames; the server must shrug them off.
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        var posted = await bot.PostMessageAsync(conversation, "how much do ML engineers earn?");
        var seen = await UntilReplyToAsync(socket, (string)posted["id"]!);

        Assert.Equal("welcome", Kind(replay["activities"]!.AsArray().Single()!));
        Assert.Equal("1", (string?)replay["watermark"]);
        // A "typing" comes between them only if the turn is slow enough to be caught in the act; never after the answer.
        var messages = seen.Where(a => (string?)a["type"] == "message").ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal((string?)posted["id"], (string?)messages[0]["id"]);
        Assert.Equal("bot", (string?)messages[1]["from"]!["role"]);
        Assert.Equal("message", (string?)seen[^1]["type"]);
    }

    [Fact]
    public async Task AnIdleStreamGetsEmptyKeepAliveFrames()
    {
        await using var bot = await DirectLineBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.200" });
        var conversation = await bot.StartConversationAsync();
        using var socket = await ConnectAsync((string)conversation["streamUrl"]!);
        await NextSetAsync(socket);

        var (text, _) = await ReceiveAsync(socket);

        Assert.Equal("", text);
    }

    [Fact]
    public async Task ASecondSocketOnTheSameConversationIsClosedAsACollision()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        using var first = await ConnectAsync((string)conversation["streamUrl"]!);
        await NextSetAsync(first);
        var resumed = await DirectLineBot.JsonOf(await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}", (string)conversation["token"]!));

        using var second = await ConnectAsync((string)resumed["streamUrl"]!);
        var (_, type) = await ReceiveAsync(second);

        Assert.Equal(WebSocketMessageType.Close, type);
        Assert.Equal("collision", second.CloseStatusDescription);
        Assert.Equal(WebSocketState.Open, first.State);
    }

    [Fact]
    public async Task AStreamUrlWorksOnce()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        using (var socket = await ConnectAsync((string)conversation["streamUrl"]!))
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        using var again = new ClientWebSocket();
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => again.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterADroppedConnectionTheResumedStreamReplaysOnlyWhatCameAfterTheWatermark()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        string watermark;
        using (var socket = await ConnectAsync((string)conversation["streamUrl"]!))
        {
            watermark = (string)(await NextSetAsync(socket))["watermark"]!;
            socket.Abort();
        }

        var posted = await bot.PostMessageAsync(conversation, "which certification first?");
        var resumed = await DirectLineBot.JsonOf(
            await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}?watermark={watermark}", (string)conversation["token"]!));
        using var again = await ConnectAsync((string)resumed["streamUrl"]!);
        var replay = await NextSetAsync(again);

        Assert.Equal((string?)posted["id"], (string?)replay["activities"]![0]!["id"]);
        Assert.DoesNotContain(replay["activities"]!.AsArray(), a => Kind(a!) == "welcome");
    }

    [Fact]
    public async Task OpeningTheStreamWithoutAWebSocketIs400()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        var url = ((string)conversation["streamUrl"]!).Replace("ws://", "http://", StringComparison.Ordinal);

        using var response = await bot.Client.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string? Kind(JsonNode activity) =>
        (string?)activity["entities"]?.AsArray().FirstOrDefault(e => (string?)e!["type"] == "careerbot.answer")?["kind"];
}
