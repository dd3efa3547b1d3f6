using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Protocol;

/// <summary>
/// Lets System.Text.Json records (the Direct Line wire types, stored records) carry Microsoft.Bot.Schema's types,
/// which are defined by their Newtonsoft.Json attributes: the value is written and read by <see cref="BotJson"/>,
/// so an activity looks the same inside them as on its own.
/// </summary>
public sealed class BotJsonConverter<T> : JsonConverter<T>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        using var value = JsonDocument.ParseValue(ref reader);
        try
        {
            return BotJson.Deserialize<T>(value.RootElement.GetRawText());
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteRawValue(BotJson.Serialize(value), skipInputValidation: true);
}
