using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CareerBot.Protocol;

/// <summary>
/// The Bot Framework Activity, as it travels on the wire (camelCase JSON). Fields we do not model
/// are kept in <see cref="Extra"/> so nothing a channel sends is lost when we pass it on.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Timestamp { get; set; }
    public string? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<JsonObject>? ReactionsAdded { get; set; }
    public List<JsonObject>? ReactionsRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonObject>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? DeliveryMode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}
