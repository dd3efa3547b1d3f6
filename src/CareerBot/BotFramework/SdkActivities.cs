using System.Text.Json;
using CareerBot.Protocol;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using SchemaActivity = Microsoft.Bot.Schema.Activity;

namespace CareerBot.BotFramework;

/// <summary>
/// Crossing between Microsoft's <see cref="SchemaActivity"/> (Newtonsoft.Json, at the SDK edge) and the
/// pipeline's own <see cref="Activity"/> (System.Text.Json, used by Direct Line and the store), through the
/// wire JSON both are defined by, so no field either side does not model is lost on the way.
/// </summary>
public static class SdkActivities
{
    public static SchemaActivity ToSdk(Activity activity) =>
        JsonConvert.DeserializeObject<SchemaActivity>(
            System.Text.Json.JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity),
            HttpHelper.BotMessageSerializerSettings)!;

    public static Activity FromSdk(SchemaActivity activity) =>
        System.Text.Json.JsonSerializer.Deserialize(
            JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings),
            ProtocolJsonContext.Default.Activity)!;

    /// <summary>Reads the SDK's Activity from a request body already checked by <see cref="ActivityReader"/>.</summary>
    public static SchemaActivity Parse(ReadOnlyMemory<byte> json) =>
        JsonConvert.DeserializeObject<SchemaActivity>(System.Text.Encoding.UTF8.GetString(json.Span), HttpHelper.BotMessageSerializerSettings)!;

    public static Newtonsoft.Json.Linq.JToken? ToJToken(System.Text.Json.Nodes.JsonNode? node) =>
        node is null ? null : Newtonsoft.Json.Linq.JToken.Parse(node.ToJsonString(JsonSerializerOptions.Default));
}
