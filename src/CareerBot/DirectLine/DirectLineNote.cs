using System.Text.Json;

namespace CareerBot.DirectLine;

/// <summary>
/// What goes out on the change feed when a conversation changes: which one, the watermark after the change,
/// and a live-only activity (typing) that belongs right after that watermark, if there is one.
/// </summary>
public sealed record DirectLineNote(string ConversationId, long Position, JsonElement? Live)
{
    public static string Serialize(DirectLineNote note) => JsonSerializer.Serialize(note, DirectLineJsonContext.Default.DirectLineNote);

    /// <summary>The note in a payload; null for anything else on the feed.</summary>
    public static DirectLineNote? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, DirectLineJsonContext.Default.DirectLineNote) is { ConversationId: not null } note ? note : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
