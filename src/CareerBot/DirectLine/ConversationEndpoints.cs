using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// <c>POST conversations</c> starts a conversation (201; with a token whose conversation already started: 200
/// and that conversation, which directlinejs relies on) and <c>GET conversations/{id}?watermark=</c> resumes
/// one with a fresh <c>streamUrl</c> that replays from the watermark.
/// </summary>
public static class ConversationEndpoints
{
    public static void Map(RouteGroupBuilder directLine)
    {
        directLine.MapPost("/conversations", StartAsync).RequireRateLimiting(DirectLineRateLimits.Tokens);
        directLine.MapGet("/conversations/{conversationId}", ResumeAsync).RequireRateLimiting(DirectLineRateLimits.Reads);
    }

    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations, DirectLineTokens tokens,
        DirectLineTurnRunner runner, IOptions<DirectLineOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(http);
        if (error is not null)
        {
            return error;
        }

        var parameters = await DirectLineHttp.ReadParametersAsync(http, cancellationToken);
        DirectLineConversation conversation;
        DirectLineGrant grant;
        if (caller!.Kind == DirectLineCallerKind.Token)
        {
            grant = caller.Grant!;
            if (await conversations.FindAsync(grant.ConversationId, cancellationToken) is not { } existing)
            {
                return DirectLineErrors.ConversationNotFound();
            }

            conversation = existing;
        }
        else
        {
            conversation = await conversations.CreateAsync(DirectLineHttp.ChannelOf(http), cancellationToken);
            // A server holding the secret may name the user; an anonymous browser may not bind itself to an identity.
            grant = await tokens.IssueAsync(conversation.Id, caller.Kind == DirectLineCallerKind.Secret ? NonEmpty(parameters?.User?.Id) : null, cancellationToken);
        }

        var baseUrl = DirectLineHttp.BaseUrl(http, options.Value);
        var started = !conversation.Started;
        var userId = grant.UserId ?? NonEmpty(parameters?.User?.Id) ?? "user-" + RandomIds.ConversationId()[..12];
        await runner.StartAsync(conversation, new ChannelAccount { Id = userId, Name = parameters?.User?.Name }, parameters?.Locale, baseUrl + "/");

        var body = new ConversationGrant(
            conversation.Id, grant.Token, grant.SecondsLeft(time.GetUtcNow()),
            DirectLineHttp.StreamUrl(baseUrl, conversation.Id, await tokens.IssueStreamTokenAsync(conversation.Id, cancellationToken), watermark: 0));
        return TypedResults.Json(body, DirectLineJsonContext.Default.ConversationGrant, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ResumeAsync(
        string conversationId, string? watermark, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations,
        DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(http);
        if (error is not null)
        {
            return error;
        }

        if (DirectLineAuthorizer.CheckConversation(caller!, conversationId) is { } refused)
        {
            return refused;
        }

        if (await conversations.FindAsync(conversationId, cancellationToken) is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        // The answer's token replaces the client's (directlinejs adopts it): the same one for a token holder, a new one for the secret.
        var grant = caller!.Grant ?? await tokens.IssueAsync(conversationId, userId: null, cancellationToken);
        var streamUrl = DirectLineHttp.StreamUrl(
            DirectLineHttp.BaseUrl(http, options.Value), conversationId, await tokens.IssueStreamTokenAsync(conversationId, cancellationToken),
            DirectLineHttp.Watermark(watermark));
        return TypedResults.Json(
            new ConversationGrant(conversationId, grant.Token, grant.SecondsLeft(time.GetUtcNow()), streamUrl), DirectLineJsonContext.Default.ConversationGrant);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
