using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Reads <c>Authorization: Bearer</c> as the secret or a token. Missing or malformed → 401; a token that
/// is unknown, expired, or for another conversation → 403 (what directlinejs reads as "token expired").
/// </summary>
public sealed class DirectLineAuthorizer(DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public async Task<(DirectLineCaller? Caller, IResult? Error)> AuthorizeAsync(HttpContext http)
    {
        string? header = http.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return options.Value.DevelopmentMode
                ? (DirectLineCaller.Anonymous, null)
                : (null, DirectLineErrors.Unauthorized("Send 'Authorization: Bearer' with the Direct Line secret or a token."));
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return (null, DirectLineErrors.Unauthorized("The Authorization header must be 'Bearer <secret or token>'."));
        }

        var credential = header["Bearer ".Length..].Trim();
        if (IsSecret(credential))
        {
            return (DirectLineCaller.Secret, null);
        }

        var grant = await tokens.FindAsync(credential, http.RequestAborted);
        if (grant is null)
        {
            return (null, DirectLineErrors.Forbidden("The token is not valid."));
        }

        return grant.IsExpired(time.GetUtcNow())
            ? (null, DirectLineErrors.TokenExpired())
            : (new DirectLineCaller(DirectLineCallerKind.Token, grant), null);
    }

    /// <summary>Null if the caller may use this conversation, else the refusal.</summary>
    public static IResult? CheckConversation(DirectLineCaller caller, string conversationId) => caller.Kind switch
    {
        DirectLineCallerKind.Secret => null,
        DirectLineCallerKind.Token when caller.Grant!.ConversationId == conversationId => null,
        DirectLineCallerKind.Token => DirectLineErrors.Forbidden("The token is not valid for this conversation."),
        _ => DirectLineErrors.Unauthorized("This call needs the conversation's token."),
    };

    private bool IsSecret(string credential)
    {
        var secret = options.Value.Secret;
        return !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret));
    }
}
