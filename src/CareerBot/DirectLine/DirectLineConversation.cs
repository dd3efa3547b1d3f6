using System.Globalization;
using CareerBot.Protocol;

namespace CareerBot.DirectLine;

/// <summary>
/// One Direct Line conversation: its activities in order (user echoes and bot replies), each with a
/// sequence number that is also the watermark, and the one live WebSocket stream, if any. Old
/// activities are trimmed; sequence numbers keep counting so watermarks stay valid.
/// </summary>
public sealed class DirectLineConversation(string id, string channelId, DateTimeOffset createdAt)
{
    private readonly Lock _lock = new();
    private readonly List<(long Sequence, Activity Activity)> _activities = [];
    private long _sequence;
    private DateTimeOffset _lastTimestamp;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ConversationStream? _stream;

    public string Id { get; } = id;

    /// <summary>The channel id the conversation started with: <c>webchat</c> when Web Chat started it, else <c>directline</c>.</summary>
    public string ChannelId { get; } = channelId;

    /// <summary>Turns run one at a time per conversation, so replies follow the message they answer.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public DateTimeOffset LastSeen { get; private set; } = createdAt;

    /// <summary>Whether the conversation was started (and the user welcomed); a generated token names it before that.</summary>
    public bool Started { get; private set; }

    /// <summary>Completes the next time an activity is added or a live-only activity is published.</summary>
    public Task Changed
    {
        get
        {
            lock (_lock)
            {
                return _changed.Task;
            }
        }
    }

    public long Watermark
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_lock)
        {
            LastSeen = now > LastSeen ? now : LastSeen;
        }
    }

    /// <summary>Marks the conversation started; false if it already was.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            if (Started)
            {
                return false;
            }

            Started = true;
            return true;
        }
    }

    /// <summary>Stores an activity under the next sequence number, giving it its Direct Line id and timestamp.</summary>
    public string Append(Activity activity, int keep, DateTimeOffset now)
    {
        lock (_lock)
        {
            _sequence++;
            activity.Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{_sequence:D7}");
            // Web Chat orders by timestamp: strictly increasing stamps keep a reply below the message it answers.
            var stamp = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            _lastTimestamp = stamp > _lastTimestamp ? stamp : _lastTimestamp.AddMilliseconds(1);
            activity.Timestamp = _lastTimestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            _activities.Add((_sequence, activity));
            if (_activities.Count > keep)
            {
                _activities.RemoveRange(0, _activities.Count - keep);
            }

            Signal();
            return activity.Id;
        }
    }

    /// <summary>The stored activities after a watermark, and the watermark to ask from next time.</summary>
    public (List<Activity> Activities, long Watermark) After(long watermark)
    {
        lock (_lock)
        {
            return (_activities.Where(a => a.Sequence > watermark).Select(a => a.Activity).ToList(), Math.Max(watermark, _sequence));
        }
    }

    /// <summary>Sends an activity to the live stream only, unstored (typing: Direct Line never returns it from polling).</summary>
    public void PublishLive(Activity activity)
    {
        lock (_lock)
        {
            if (_stream?.Offer(activity, _sequence) == true)
            {
                Signal();
            }
        }
    }

    /// <summary>Makes a stream the conversation's one live stream; false if another is already connected (Azure's "collision").</summary>
    public bool TryAttach(ConversationStream stream)
    {
        lock (_lock)
        {
            if (_stream is { IsOpen: true })
            {
                return false;
            }

            _stream = stream;
            return true;
        }
    }

    public void Detach(ConversationStream stream)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_stream, stream))
            {
                _stream = null;
            }
        }
    }

    /// <summary>Ends the live stream (the conversation expired or was dropped).</summary>
    public void Close()
    {
        lock (_lock)
        {
            _stream?.RequestClose();
            Signal();
        }
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
