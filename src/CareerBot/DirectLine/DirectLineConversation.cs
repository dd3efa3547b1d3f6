using System.Globalization;
using System.Text.Json;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.DirectLine;

/// <summary>
/// One Direct Line conversation as read from the store: its activities in order (user echoes and bot
/// replies) as the SDK's serializer wrote them, each with a sequence number that is also the watermark.
/// They are only ever handed on (polled, streamed), so they stay JSON: a turn rewrites the conversation
/// without building its hundred activities as objects and writing them out again. The version is the store's, so an
/// update made from this copy fails if another turn (on any instance) changed the conversation since.
/// </summary>
public sealed class DirectLineConversation(string id, DirectLineConversationRecord record, long version)
{
    public string Id { get; } = id;

    /// <summary>The channel id the conversation started with: <c>webchat</c> when Web Chat started it, else <c>directline</c>.</summary>
    public string ChannelId => Record.ChannelId;

    /// <summary>Whether the conversation was started (and the user welcomed); a generated token names it before that.</summary>
    public bool Started => Record.Started;

    public long Watermark => Record.Sequence;

    public long Version { get; } = version;

    internal DirectLineConversationRecord Record { get; } = record;

    /// <summary>The stored activities after a watermark, and the watermark to ask from next time.</summary>
    public (List<JsonElement> Activities, long Watermark) After(long watermark) =>
        (Record.Activities.Where(a => a.Sequence > watermark).Select(a => a.Activity).ToList(), Math.Max(watermark, Record.Sequence));
}

/// <summary>What the store keeps of a conversation. Old activities are trimmed; the sequence keeps counting so watermarks stay valid.</summary>
public sealed class DirectLineConversationRecord
{
    public string ChannelId { get; set; } = DirectLineTurnRunner.DirectLineChannel;

    public string? UserId { get; set; }

    public bool Started { get; set; }

    public long Sequence { get; set; }

    /// <summary>The last activity's timestamp (Unix milliseconds): the next one's is later, even within the same millisecond.</summary>
    public long LastTimestamp { get; set; }

    public List<SequencedActivity> Activities { get; set; } = [];

    /// <summary>Stores an activity under the next sequence number, giving it its Direct Line id and timestamp; returns the id.</summary>
    public string Append(string conversationId, Activity activity, int keep, DateTimeOffset now)
    {
        Sequence++;
        activity.Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{Sequence:D7}");
        // Web Chat orders by timestamp: strictly increasing stamps keep a reply below the message it answers.
        LastTimestamp = Math.Max(now.ToUnixTimeMilliseconds(), LastTimestamp + 1);
        activity.Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(LastTimestamp);
        Activities.Add(new SequencedActivity(Sequence, BotJson.ToElement(activity)));
        if (Activities.Count > keep)
        {
            Activities.RemoveRange(0, Activities.Count - keep);
        }

        return activity.Id;
    }
}

/// <summary>A stored activity under its sequence number, as the SDK's serializer wrote it.</summary>
public sealed record SequencedActivity(long Sequence, JsonElement Activity);
