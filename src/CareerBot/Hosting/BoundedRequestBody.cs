using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.Hosting;

/// <summary>A request body read whole, but never more than a limit: what the JSON readers get, so an oversized body costs nothing to refuse.</summary>
public static class BoundedRequestBody
{
    /// <summary>The body, positioned at its start; null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpContext http, long maxBytes, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        var body = new MemoryStream(http.Request.ContentLength is > 0 and var length ? (int)length : 0);
        try
        {
            await http.Request.Body.CopyToAsync(body, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await body.DisposeAsync();
            return null;
        }

        if (body.Length > maxBytes)
        {
            await body.DisposeAsync();
            return null;
        }

        body.Position = 0;
        return body;
    }
}
