using System.Text.Json;
using CareerBot.Protocol;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.BotFramework;

/// <summary>Reads an Activity from a request body, turning every way it can be wrong into a status and a reason.</summary>
public static class ActivityReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpContext http, long maxBytes, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", $"The request body is larger than {maxBytes} bytes."));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJsonContext.Default.Activity, cancellationToken);
            if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            {
                return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an Activity with a 'type'."));
            }

            return (activity, null);
        }
        catch (JsonException e)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", $"Malformed JSON: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", $"The request body is larger than {maxBytes} bytes."));
        }
    }

    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(ErrorResponse.Of(code, message), ProtocolJsonContext.Default.ErrorResponse, statusCode: status);
}
