using System.Text.Json;
using CareerBot.BotFramework;
using CareerBot.Protocol;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.DirectLine;

/// <summary>Reads one posted activity within the size limits: a body or message too large → 413 with the reason, malformed (for us or for the SDK's model) → 400.</summary>
public static class DirectLineActivityReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpContext http, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var maxBytes = options.MaxRequestBytes;
        if (http.Request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJsonContext.Default.Activity, cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The body is not a JSON activity: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
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

        // The turn runs on Microsoft's Activity, which is stricter in places (a timestamp must be a date).
        try
        {
            _ = SdkActivities.ToSdk(activity);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The activity cannot be read as a Bot Framework activity: {e.Message}"));
        }

        return (activity, null);
    }

    private static IResult TooLarge(long maxBytes) =>
        DirectLineErrors.TooLarge("RequestTooLarge", $"The request body is larger than {maxBytes} bytes.");
}
