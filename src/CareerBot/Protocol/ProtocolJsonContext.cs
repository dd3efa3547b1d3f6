using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CareerBot.Protocol;

/// <summary>Source-generated JSON for the protocol types: camelCase, nulls left out as the spec asks of senders.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(List<Activity>))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
