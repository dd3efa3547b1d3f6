using System.Text.Json.Serialization;
using CareerBot.Feedback;
using CareerBot.Pipeline;

namespace CareerBot.Storage;

/// <summary>How stored records are written: camelCase JSON, enums by name so a reordered enum cannot change old records.</summary>
[JsonSourceGenerationOptions(
    MaxDepth = Protocol.BotJson.MaxRecordDepth,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationState))]
[JsonSerializable(typeof(FeedbackRecord))]
[JsonSerializable(typeof(LoggedQuestion))]
[JsonSerializable(typeof(SentAnswer))]
public sealed partial class StorageJsonContext : JsonSerializerContext;
