using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Counts the WebSocket streams open on this instance, so a flood of sockets cannot exhaust its memory or
/// file handles: past <see cref="DirectLineOptions.MaxStreams"/> a new stream is refused (clients can poll instead).
/// </summary>
public sealed class DirectLineStreamSlots(IOptions<DirectLineOptions> options)
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public bool TryTake()
    {
        if (Interlocked.Increment(ref _open) <= options.Value.MaxStreams)
        {
            return true;
        }

        Interlocked.Decrement(ref _open);
        return false;
    }

    public void Release() => Interlocked.Decrement(ref _open);
}
