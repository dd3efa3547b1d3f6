using System.Data.Common;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace CareerBot.DirectLine;

/// <summary>
/// One WebSocket reading a conversation: every stored activity after its watermark as an
/// <see cref="ActivitySet"/> frame, live-only activities (typing) as they happen, and an empty frame
/// when idle so proxies keep the connection. It reads the store whenever it is woken (a change to the
/// conversation on any instance) and at every keep-alive, so a missed wake-up costs at most that long.
/// Whatever the client sends (directlinejs pings with "") is read and ignored.
/// </summary>
public sealed class ConversationStream(WebSocket socket, string conversationId, long watermark, DirectLineConversationStore conversations)
{
    private const int LiveQueueLimit = 16;

    private readonly Channel<(JsonElement Activity, long Position)> _live = Channel.CreateBounded<(JsonElement, long)>(
        new BoundedChannelOptions(LiveQueueLimit) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _watermark = watermark;

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>Queues a live-only activity that belongs right after the stored activity at <paramref name="position"/>.</summary>
    public void Offer(JsonElement activity, long position) => _live.Writer.TryWrite((activity, position));

    /// <summary>Makes the stream look at the store again.</summary>
    public void Wake()
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public async Task RunAsync(TimeSpan keepAlive, CancellationToken cancellationToken)
    {
        // Reading stops only with the connection: cancelling a pending receive would abort the socket instead of closing it.
        var clientGone = ReadUntilClosedAsync(cancellationToken);
        var ended = false;
        try
        {
            while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
            {
                Task changed;
                lock (_lock)
                {
                    changed = _changed.Task;
                }

                if (await conversations.FindAsync(conversationId, cancellationToken) is not { } conversation)
                {
                    ended = true;
                    break;
                }

                var (activities, latest) = conversation.After(_watermark);
                if (activities.Count > 0)
                {
                    await SendAsync(new ActivitySet { Activities = activities, Watermark = latest.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
                    _watermark = latest;
                }

                while (_live.Reader.TryPeek(out var live))
                {
                    // Its message was stored after this round read the store: the next round (already woken) sends both, in order.
                    if (live.Position > latest)
                    {
                        break;
                    }

                    _live.Reader.TryRead(out _);
                    // "Typing" after the reply it announced would keep Web Chat's indicator up for nothing.
                    if (live.Position == latest)
                    {
                        await SendAsync(new ActivitySet { Activities = [live.Activity] }, cancellationToken);
                    }
                }

                var idle = Task.Delay(keepAlive, cancellationToken);
                var woke = await Task.WhenAny(changed, idle, clientGone);
                if (woke == clientGone)
                {
                    break;
                }

                if (woke == idle && !idle.IsCanceled)
                {
                    await socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the server is stopping: close below if still possible.
        }
        catch (DbException)
        {
            // The store is unreachable: "going away" makes the client reconnect, by then perhaps to an instance that can read it.
            await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "store unavailable");
            return;
        }

        await CloseAsync(WebSocketCloseStatus.NormalClosure, ended ? "conversation ended" : "bye");
    }

    /// <summary>Refuses this stream because another one is reading the conversation.</summary>
    public Task RefuseAsync() => CloseAsync(WebSocketCloseStatus.PolicyViolation, "collision");

    private async Task SendAsync(ActivitySet set, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet);
        await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    private async Task ReadUntilClosedAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, cancellationToken);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Treated as the client having gone.
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseAsync(status, reason, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The peer did not finish the closing handshake; the connection is dropped anyway.
        }
    }
}
