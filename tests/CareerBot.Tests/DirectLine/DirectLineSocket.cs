using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.DirectLine;

/// <summary>A client's side of the Direct Line stream: connect to a <c>streamUrl</c>, read frames as they travel.</summary>
public static class DirectLineSocket
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return socket;
    }

    /// <summary>The next non-empty frame, as the ActivitySet it must be.</summary>
    public static async Task<JsonObject> NextSetAsync(ClientWebSocket socket)
    {
        while (true)
        {
            var (text, type) = await ReceiveAsync(socket);
            Assert.Equal(WebSocketMessageType.Text, type);
            if (text.Length > 0)
            {
                return JsonNode.Parse(text)!.AsObject();
            }
        }
    }

    /// <summary>Reads frames until one carries the bot's reply to <paramref name="activityId"/>; returns every activity seen.</summary>
    public static async Task<List<JsonObject>> UntilReplyToAsync(ClientWebSocket socket, string activityId)
    {
        var seen = new List<JsonObject>();
        while (!seen.Any(a => (string?)a["replyToId"] == activityId))
        {
            seen.AddRange((await NextSetAsync(socket))["activities"]!.AsArray().Select(a => a!.AsObject()));
        }

        return seen;
    }

    public static async Task<(string Text, WebSocketMessageType Type)> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, frame.Count);
        }
        while (!frame.EndOfMessage);

        return (Encoding.UTF8.GetString(message.ToArray()), frame.MessageType);
    }
}
