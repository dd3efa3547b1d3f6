using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// <c>POST conversations/{id}/activities</c> → <c>{id}</c>; <c>GET conversations/{id}/activities?watermark=</c> →
/// <c>{activities, watermark}</c> (never a 5xx: one stops directlinejs polling for good); <c>upload</c> → "not supported".
/// </summary>
public static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder directLine)
    {
        directLine.MapPost("/conversations/{conversationId}/activities", PostAsync).RequireRateLimiting(DirectLineRateLimits.Activities);
        directLine.MapGet("/conversations/{conversationId}/activities", Get).RequireRateLimiting(DirectLineRateLimits.Reads);
        directLine.MapPost("/conversations/{conversationId}/upload", Upload).RequireRateLimiting(DirectLineRateLimits.Activities);
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations,
        DirectLineTurnRunner runner, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (Authorize(http, authorizer, conversations, conversationId, out var caller, out var conversation) is { } refused)
        {
            return refused;
        }

        var (activity, error) = await DirectLineActivityReader.ReadAsync(http, options.Value, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var (id, botFailed) = await runner.PostAsync(conversation!, activity!, caller!.Grant, DirectLineHttp.BaseUrl(http, options.Value) + "/");
        return botFailed
            ? DirectLineErrors.Of(StatusCodes.Status502BadGateway, "BotError", "The bot failed to handle the activity.")
            : TypedResults.Json(new Protocol.ResourceResponse { Id = id }, Protocol.ProtocolJsonContext.Default.ResourceResponse);
    }

    private static IResult Get(string conversationId, string? watermark, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations)
    {
        if (Authorize(http, authorizer, conversations, conversationId, out _, out var conversation) is { } refused)
        {
            return refused;
        }

        var (activities, latest) = conversation!.After(DirectLineHttp.Watermark(watermark));
        return TypedResults.Json(
            new ActivitySet { Activities = activities, Watermark = latest.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            DirectLineJsonContext.Default.ActivitySet);
    }

    private static IResult Upload(string conversationId, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations) =>
        Authorize(http, authorizer, conversations, conversationId, out _, out _)
        ?? DirectLineErrors.Of(
            StatusCodes.Status415UnsupportedMediaType, "NotSupported", "CareerBot does not accept file uploads; please type your question instead.");

    private static IResult? Authorize(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations, string conversationId,
        out DirectLineCaller? caller, out DirectLineConversation? conversation)
    {
        conversation = null;
        (caller, var error) = authorizer.Authorize(http);
        if (error is not null)
        {
            return error;
        }

        if (DirectLineAuthorizer.CheckConversation(caller!, conversationId) is { } refused)
        {
            return refused;
        }

        conversation = conversations.Find(conversationId);
        return conversation is null ? DirectLineErrors.ConversationNotFound() : null;
    }
}
