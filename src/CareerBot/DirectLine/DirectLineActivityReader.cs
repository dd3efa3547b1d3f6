using CareerBot.Hosting;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.DirectLine;

/// <summary>
/// Reads one posted activity, Microsoft's <see cref="Activity"/> with the SDK's serializer settings, within the size
/// limits: a body or message too large → 413 with the reason, malformed → 400.
/// </summary>
public static class DirectLineActivityReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpContext http, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var maxBytes = options.MaxRequestBytes;
        await using var body = await BoundedRequestBody.ReadAsync(http, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, DirectLineErrors.TooLarge("RequestTooLarge", $"The request body is larger than {maxBytes} bytes."));
        }

        Activity? activity;
        try
        {
            activity = BotJson.Deserialize<Activity>(body);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The body is not a JSON activity: {e.Message}"));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, DirectLineErrors.Of(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no 'type'."));
        }

        if (activity.Text?.Length > options.MaxMessageLength)
        {
            return (null, DirectLineErrors.TooLarge(
                "MessageTooLong", $"The message is {activity.Text.Length} characters long; the limit is {options.MaxMessageLength}."));
        }

        return (activity, null);
    }
}
