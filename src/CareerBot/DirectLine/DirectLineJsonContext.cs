using System.Text.Json.Serialization;

namespace CareerBot.DirectLine;

/// <summary>Source-generated JSON for the Direct Line wire types and stored records, with the protocol's conventions (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    MaxDepth = Protocol.BotJson.MaxRecordDepth,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationGrant))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(DirectLineConversationRecord))]
[JsonSerializable(typeof(DirectLineNote))]
[JsonSerializable(typeof(StoredGrant))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
