using System.Text.Json.Nodes;

namespace CareerBot.Protocol;

/// <summary>A card or file attached to an activity.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
