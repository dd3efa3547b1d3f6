using System.Text.Json.Serialization;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.DirectLine;

/// <summary>The Direct Line <c>Conversation</c> object: what starting, resuming and token calls answer with.</summary>
public sealed record ConversationGrant(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>
/// Activities after a watermark, and the new watermark: a polling answer or one WebSocket frame. The activities are
/// as the SDK's serializer wrote them when they were stored (see <see cref="DirectLineConversation"/>).
/// </summary>
public sealed class ActivitySet
{
    public List<System.Text.Json.JsonElement> Activities { get; set; } = [];

    public string? Watermark { get; set; }
}

/// <summary>
/// The optional body of <c>tokens/generate</c> and <c>POST /conversations</c>: the user the token is for
/// (bound to it: every activity posted with the token is from that user), the locale.
/// </summary>
public sealed class TokenParameters
{
    [JsonConverter(typeof(BotJsonConverter<ChannelAccount>))]
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}
