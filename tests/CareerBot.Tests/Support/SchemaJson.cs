using CareerBot.Protocol;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CareerBot.Tests.Support;

/// <summary>Microsoft.Bot.Schema's free-form members (card content, entities, value) read as the JSON they travel as.</summary>
public static class SchemaJson
{
    /// <summary>An attachment's card as JSON.</summary>
    public static JObject Card(this Attachment attachment) => (JObject)BotJson.Tree(attachment.Content)!;

    /// <summary>Card content written out, for "does the card say X" checks.</summary>
    public static string Text(this Attachment attachment) => BotJson.Tree(attachment.Content)?.ToString(Formatting.None) ?? "";

    /// <summary>An entity as it travels: its type and its fields in one object.</summary>
    public static JObject Json(this Entity entity) => JObject.Parse(BotJson.Serialize(entity));
}
