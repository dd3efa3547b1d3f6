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
        directLine.MapGet("/conversations/{conversationId}/activities", GetAsync).RequireRateLimiting(DirectLineRateLimits.Reads);
        directLine.MapPost("/conversations/{conversationId}/upload", UploadAsync).RequireRateLimiting(DirectLineRateLimits.Activities);
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations,
        DirectLineTurnRunner runner, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, conversation, refused) = await AuthorizeAsync(http, authorizer, conversations, conversationId);
        if (refused is not null)
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
            : TypedResults.Json(new Microsoft.Bot.Schema.ResourceResponse(id), Protocol.ProtocolJsonContext.Default.ResourceResponse);
    }

    private static async Task<IResult> GetAsync(
        string conversationId, string? watermark, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations)
    {
        var (_, conversation, refused) = await AuthorizeAsync(http, authorizer, conversations, conversationId);
        if (refused is not null)
        {
            return refused;
        }

        var (activities, latest) = conversation!.After(DirectLineHttp.Watermark(watermark));
        return TypedResults.Json(
            new ActivitySet { Activities = activities, Watermark = latest.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            DirectLineJsonContext.Default.ActivitySet);
    }

    private static async Task<IResult> UploadAsync(string conversationId, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations) =>
        (await AuthorizeAsync(http, authorizer, conversations, conversationId)).Refused
        ?? DirectLineErrors.Of(
            StatusCodes.Status415UnsupportedMediaType, "NotSupported", "CareerBot does not accept file uploads; please type your question instead.");

    private static async Task<(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Refused)> AuthorizeAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations, string conversationId)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(http);
        if (error is not null)
        {
            return (null, null, error);
        }

        if (DirectLineAuthorizer.CheckConversation(caller!, conversationId) is { } refused)
        {
            return (null, null, refused);
        }

        var conversation = await conversations.FindAsync(conversationId, http.RequestAborted);
        return conversation is null ? (null, null, DirectLineErrors.ConversationNotFound()) : (caller, conversation, null);
    }
}
