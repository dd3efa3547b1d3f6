using CareerBot.Hosting;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.BotFramework;

/// <summary>
/// Reads Microsoft's <see cref="Activity"/> from a request body with the SDK's own serializer settings, turning
/// every way it can be wrong into a status and a reason.
/// </summary>
public static class ActivityReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpContext http, long maxBytes, CancellationToken cancellationToken)
    {
        await using var body = await BoundedRequestBody.ReadAsync(http, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", $"The request body is larger than {maxBytes} bytes."));
        }

        Activity? activity;
        try
        {
            activity = BotJson.Deserialize<Activity>(body);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", $"Malformed JSON: {e.Message}"));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an Activity with a 'type'."));
        }

        // The Connector client for the turn's replies is made from it, so it must be an address.
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The Activity's 'serviceUrl' must be an absolute http(s) URL."));
        }

        return (activity, null);
    }

    public static IResult Error(int status, string code, string message) => ErrorResponses.Of(status, code, message);
}
