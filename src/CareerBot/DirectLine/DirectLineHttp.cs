using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.DirectLine;

/// <summary>What the Direct Line endpoints read from a request the same way: the bot's public address, the client, an optional body.</summary>
public static class DirectLineHttp
{
    private const int MaxParametersBytes = 16 * 1024;

    /// <summary>The bot's address as the client reached it (or as configured), without a trailing slash.</summary>
    public static string BaseUrl(HttpContext http, DirectLineOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicUrl)
            ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
            : options.PublicUrl.TrimEnd('/');

    /// <summary>The WebSocket address that replays a conversation from a watermark; the stream token in it is the only credential.</summary>
    public static string StreamUrl(string baseUrl, string conversationId, string streamToken, long watermark)
    {
        var socketBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl[8..]
            : baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + baseUrl[7..]
            : baseUrl;
        var from = watermark > 0 ? watermark.ToString(CultureInfo.InvariantCulture) : "";
        return $"{socketBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(streamToken)}&watermark={from}";
    }

    /// <summary>Web Chat names itself in <c>x-ms-bot-agent</c>; its conversations get the <c>webchat</c> channel id.</summary>
    public static string ChannelOf(HttpContext http) =>
        http.Request.Headers["x-ms-bot-agent"].ToString().Contains("WebChat", StringComparison.OrdinalIgnoreCase)
            ? DirectLineTurnRunner.WebChatChannel
            : DirectLineTurnRunner.DirectLineChannel;

    /// <summary>A watermark as the client echoes it; anything unreadable means "from the start".</summary>
    public static long Watermark(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) ? watermark : 0;

    /// <summary>The optional <c>{user, locale}</c> body; an empty or unreadable one counts as none.</summary>
    public static async Task<TokenParameters?> ReadParametersAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength is 0 or > MaxParametersBytes || !(http.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxParametersBytes;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(http.Request.Body, DirectLineJsonContext.Default.TokenParameters, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or BadHttpRequestException)
        {
            return null;
        }
    }
}
