using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.Support;

/// <summary>
/// Request bodies nobody should send: random JSON, activities with wrong types and nulls, deep nesting,
/// huge strings, invalid UTF-8, control and bidi characters, injection strings. Seeded, so a failure repeats.
/// </summary>
public sealed class HostileBodies(int seed)
{
    private static readonly string[] Nasty =
    [
        "'; DROP TABLE records; --", "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}", "../../../../etc/passwd",
        "\u202Eevil\u202C", "\u200B\u200D\uFEFF", "\0\u0001\u0007\u001B[31m", "𝕄𝕃 ℯ𝓃ℊ𝒾𝓃ℯℯ𝓇 🤖👎", "\uD800", "plan my certs", "cancel", "%s%n%x", "null",
        "A\u0301\u0302\u0303\u0304\u0305\u0306", "\r\n\r\nHTTP/1.1 200 OK", "salary by level\u2028for a senior", "1e309", "-0",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "text", "from", "recipient", "conversation", "channelId", "serviceUrl", "deliveryMode", "value", "attachments",
        "entities", "channelData", "membersAdded", "name", "locale", "replyToId", "action", "suggestedActions", "timestamp",
    ];

    private readonly Random _random = new(seed);

    public byte[] Next(int index) => (index % 8) switch
    {
        0 => Utf8(RandomJson(4)?.ToJsonString() ?? "null"),
        1 => Utf8(ActivityWithWrongTypes().ToJsonString()),
        2 => Utf8(DeepNesting(_random.Next(10, 3000))),
        3 => Utf8(MessageWith(HugeString()).ToJsonString()),
        4 => InvalidUtf8(),
        5 => Utf8(MessageWith(Pick(Nasty) + Pick(Nasty)).ToJsonString()),
        6 => Utf8(Truncated(MessageWith(Pick(Nasty)).ToJsonString())),
        _ => Utf8(MessageWithNulls().ToJsonString()),
    };

    private JsonNode? RandomJson(int depth) => (depth <= 0 ? _random.Next(5) : _random.Next(7)) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => JsonValue.Create(_random.NextDouble() * Math.Pow(10, _random.Next(-5, 300))),
        3 => JsonValue.Create(Pick(Nasty)),
        4 => JsonValue.Create(_random.NextInt64()),
        5 => new JsonArray(Enumerable.Range(0, _random.Next(4)).Select(_ => RandomJson(depth - 1)).ToArray()),
        _ => RandomObject(depth - 1),
    };

    private JsonObject RandomObject(int depth)
    {
        var node = new JsonObject();
        foreach (var field in Fields.OrderBy(_ => _random.Next()).Take(_random.Next(1, 8)))
        {
            node[field] = RandomJson(depth);
        }

        return node;
    }

    private JsonObject ActivityWithWrongTypes()
    {
        var activity = MessageWith(Pick(Nasty));
        foreach (var field in Fields.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
        {
            activity[field] = RandomJson(2);
        }

        return activity;
    }

    private JsonObject MessageWithNulls()
    {
        var activity = MessageWith(Pick(Nasty));
        foreach (var field in Fields.OrderBy(_ => _random.Next()).Take(_random.Next(1, 10)))
        {
            activity[field] = null;
        }

        return activity;
    }

    private JsonObject MessageWith(string text) => new()
    {
        ["type"] = Pick(["message", "message", "conversationUpdate", "invoke", "messageReaction", "installationUpdate", "endOfConversation", "typing", "\u202Emessage"]),
        ["id"] = $"fuzz-{_random.Next()}",
        ["channelId"] = Pick(["emulator", "webchat", "msteams", "directline", ""]),
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = Pick(["user-1", "", "\u0000", "bot"]) },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = $"fuzz-{_random.Next(50)}", ["isGroup"] = _random.Next(2) == 0 },
        ["text"] = text,
        ["deliveryMode"] = "expectReplies",
        ["value"] = RandomJson(2),
    };

    private string HugeString() => _random.Next(3) switch
    {
        0 => new string('a', _random.Next(5_000, 200_000)),
        1 => string.Concat(Enumerable.Repeat("plan my certs salary by level cancel ", _random.Next(100, 5_000))),
        _ => string.Concat(Enumerable.Range(0, _random.Next(1_000, 20_000)).Select(_ => (char)_random.Next(0x20, 0xD7FF))),
    };

    private static string DeepNesting(int depth) =>
        $"{{\"type\":\"message\",\"value\":{new string('[', depth)}1{new string(']', depth)},\"text\":\"hi\"}}";

    private byte[] InvalidUtf8()
    {
        var prefix = Utf8("{\"type\":\"message\",\"text\":\"");
        var garbage = new byte[_random.Next(1, 64)];
        _random.NextBytes(garbage);
        garbage[0] = 0xC3; // a lead byte…
        if (garbage.Length > 1)
        {
            garbage[1] = 0x28; // …followed by a byte that cannot continue it
        }

        return [.. prefix, .. garbage, .. Utf8("\",\"conversation\":{\"id\":\"x\"}}")];
    }

    private string Truncated(string json) => json[.._random.Next(1, json.Length)];

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Describe(byte[] body) => body.Length > 200 ? Encoding.UTF8.GetString(body, 0, 200) + "…" : Encoding.UTF8.GetString(body);
}
