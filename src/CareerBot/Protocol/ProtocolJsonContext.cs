using System.Text.Json.Serialization;
using Microsoft.Bot.Schema;

namespace CareerBot.Protocol;

/// <summary>Source-generated JSON for the small Bot Framework bodies the edge writes itself: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ResourceResponse))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
