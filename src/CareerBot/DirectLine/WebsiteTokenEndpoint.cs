using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// <c>POST /api/directline/token</c>: how a web page gets a short-lived conversation token without ever
/// seeing the secret. Only pages of the bot's own origin and of <c>DirectLine:AllowedOrigins</c> may ask
/// (checked on the <c>Origin</c> header, which browsers set and scripts cannot change); it is rate-limited
/// per client address. In local development mode with no origins configured, every page may.
/// </summary>
public static class WebsiteTokenEndpoint
{
    public const string Path = "/api/directline/token";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, IssueAsync).RequireCors(DirectLineCors.Website).RequireRateLimiting(DirectLineRateLimits.Tokens);

    /// <summary>Whether a page of this origin may get tokens cross-origin (the bot's own origin is checked separately).</summary>
    public static bool IsAllowedOrigin(string origin, DirectLineOptions options)
    {
        var allowed = options.AllowedOriginList;
        return allowed.Contains("*") || allowed.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase) || (allowed.Count == 0 && options.DevelopmentMode);
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http, DirectLineConversationStore conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        string? origin = http.Request.Headers.Origin;
        var ownOrigin = $"{http.Request.Scheme}://{http.Request.Host}";
        var permitted = string.IsNullOrEmpty(origin)
            ? settings.DevelopmentMode
            : string.Equals(origin, ownOrigin, StringComparison.OrdinalIgnoreCase)
              || (!string.IsNullOrWhiteSpace(settings.PublicUrl) && settings.PublicUrl.StartsWith(origin, StringComparison.OrdinalIgnoreCase))
              || IsAllowedOrigin(origin, settings);
        if (!permitted)
        {
            return DirectLineErrors.Forbidden(string.IsNullOrEmpty(origin)
                ? "Tokens are for web pages; a server should call tokens/generate with the secret."
                : $"Pages from {origin} may not chat with this bot; add the origin to DirectLine:AllowedOrigins.");
        }

        var conversation = await conversations.CreateAsync(DirectLineHttp.ChannelOf(http), cancellationToken);
        var grant = await tokens.IssueAsync(conversation.Id, userId: null, cancellationToken);
        return TypedResults.Json(
            new ConversationGrant(conversation.Id, grant.Token, grant.SecondsLeft(time.GetUtcNow())), DirectLineJsonContext.Default.ConversationGrant);
    }
}
