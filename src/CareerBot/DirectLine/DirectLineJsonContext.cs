using System.Text.Json.Serialization;

namespace CareerBot.DirectLine;

/// <summary>Source-generated JSON for the Direct Line wire types, with the protocol's conventions (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationGrant))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(TokenParameters))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
