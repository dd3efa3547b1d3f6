using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// <c>POST tokens/generate</c> (with the secret: a token for a new conversation, optionally bound to a user) and
/// <c>POST tokens/refresh</c> (with a live token: a new one for the same conversation, a full lifetime ahead).
/// </summary>
public static class TokenEndpoints
{
    public static void Map(RouteGroupBuilder directLine)
    {
        directLine.MapPost("/tokens/generate", GenerateAsync).RequireRateLimiting(DirectLineRateLimits.Tokens);
        directLine.MapPost("/tokens/refresh", RefreshAsync).RequireRateLimiting(DirectLineRateLimits.Reads);
    }

    private static async Task<IResult> GenerateAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations, DirectLineTokens tokens,
        IOptions<DirectLineOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(http);
        if (error is not null)
        {
            return error;
        }

        if (caller!.Kind == DirectLineCallerKind.Token)
        {
            return DirectLineErrors.Forbidden("tokens/generate needs the Direct Line secret, not a token.");
        }

        var parameters = await DirectLineHttp.ReadParametersAsync(http, cancellationToken);
        var conversation = await conversations.CreateAsync(DirectLineHttp.ChannelOf(http), cancellationToken);
        var grant = await tokens.IssueAsync(conversation.Id, string.IsNullOrWhiteSpace(parameters?.User?.Id) ? null : parameters.User.Id, cancellationToken);
        return TypedResults.Json(
            new ConversationGrant(conversation.Id, grant.Token, grant.SecondsLeft(time.GetUtcNow())), DirectLineJsonContext.Default.ConversationGrant);
    }

    private static async Task<IResult> RefreshAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations, DirectLineTokens tokens, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(http);
        if (error is not null)
        {
            return error;
        }

        if (caller!.Kind != DirectLineCallerKind.Token)
        {
            return DirectLineErrors.Forbidden("tokens/refresh needs the token to refresh.");
        }

        if (await conversations.FindAsync(caller.Grant!.ConversationId, cancellationToken) is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var grant = await tokens.RefreshAsync(caller.Grant, cancellationToken);
        return TypedResults.Json(
            new ConversationGrant(grant.ConversationId, grant.Token, grant.SecondsLeft(time.GetUtcNow())), DirectLineJsonContext.Default.ConversationGrant);
    }
}
