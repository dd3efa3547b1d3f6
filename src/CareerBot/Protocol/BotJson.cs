using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CareerBot.Protocol;

/// <summary>
/// The JSON of Microsoft.Bot.Schema's types as the Bot Framework SDK writes it (its own serializer settings: the
/// types' names for every field, nulls left out), compact because it goes over the wire or into the store. Strings
/// inside free-form members (<c>channelData</c>, <c>value</c>, card content) are read as strings, never as dates, so
/// what a client sent comes back exactly as it was.
/// </summary>
public static class BotJson
{
    public static readonly JsonSerializerSettings Settings = new(HttpHelper.BotMessageSerializerSettings)
    {
        Formatting = Formatting.None,
        DateParseHandling = DateParseHandling.None,
        // What is read here is written again inside records that System.Text.Json reads (MaxRecordDepth allows for them).
        MaxDepth = MaxDepth,
    };

    /// <summary>How deep an activity's JSON may nest.</summary>
    public const int MaxDepth = 64;

    /// <summary>How deep a stored record or wire body carrying activities may nest: an activity at its deepest, and room for the record around it.</summary>
    public const int MaxRecordDepth = MaxDepth + 16;

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize(object value)
    {
        var text = new StringBuilder(256);
        using (var writer = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture))
        {
            Serializer.Serialize(writer, value);
        }

        return text.ToString();
    }

    /// <exception cref="JsonException">The JSON is malformed or does not fit <typeparamref name="T"/>.</exception>
    public static T? Deserialize<T>(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize<T>(reader);
    }

    /// <exception cref="JsonException">The JSON is malformed or does not fit <typeparamref name="T"/>.</exception>
    public static T? Deserialize<T>(Stream utf8Json)
    {
        using var reader = new JsonTextReader(new StreamReader(utf8Json, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true));
        return Serializer.Deserialize<T>(reader);
    }

    /// <summary>
    /// The value as the SDK writes it, held as a System.Text.Json element: records that keep activities only to hand
    /// them on (the Direct Line store) carry this, written and read again without ever building the objects.
    /// </summary>
    public static System.Text.Json.JsonElement ToElement(object value)
    {
        using var document = System.Text.Json.JsonDocument.Parse(Serialize(value));
        return document.RootElement.Clone();
    }

    /// <summary>A free-form member (<c>value</c>, <c>channelData</c>) as a JSON tree: the SDK reads them as one, code may set any object.</summary>
    public static JToken? Tree(object? value) => value switch
    {
        null => null,
        JToken token => token,
        _ => JToken.FromObject(value, Serializer),
    };
}
