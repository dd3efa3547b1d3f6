using System.Text.Json;
using CareerBot.Protocol;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.BotFramework;

/// <summary>
/// Reads an Activity from a request body, turning every way it can be wrong into a status and a reason.
/// Microsoft's own Activity is read from the same bytes, so the SDK gets exactly what the channel sent.
/// </summary>
public static class ActivityReader
{
    public static async Task<(Activity? Activity, Microsoft.Bot.Schema.Activity? SdkActivity, IResult? Error)> ReadAsync(HttpContext http, long maxBytes, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return (null, null, TooLarge(maxBytes));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var body = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(body, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, TooLarge(maxBytes));
        }

        if (body.Length > maxBytes)
        {
            return (null, null, TooLarge(maxBytes));
        }

        var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
        try
        {
            var activity = JsonSerializer.Deserialize(bytes.Span, ProtocolJsonContext.Default.Activity);
            if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            {
                return (null, null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an Activity with a 'type'."));
            }

            // The Connector client for the turn's replies is made from it, so it must be an address.
            if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            {
                return (null, null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The Activity's 'serviceUrl' must be an absolute http(s) URL."));
            }

            // Microsoft's model is stricter in places (a timestamp must be a date): what it cannot read is refused here too.
            return (activity, SdkActivities.Parse(bytes), null);
        }
        catch (Exception e) when (e is JsonException or Newtonsoft.Json.JsonException)
        {
            return (null, null, Error(StatusCodes.Status400BadRequest, "BadArgument", $"Malformed JSON: {e.Message}"));
        }
    }

    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(ErrorResponse.Of(code, message), ProtocolJsonContext.Default.ErrorResponse, statusCode: status);

    private static IResult TooLarge(long maxBytes) =>
        Error(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", $"The request body is larger than {maxBytes} bytes.");
}
