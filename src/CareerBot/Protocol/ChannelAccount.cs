using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Protocol;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
