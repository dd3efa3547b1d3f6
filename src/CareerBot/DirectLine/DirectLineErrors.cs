using CareerBot.Protocol;

namespace CareerBot.DirectLine;

/// <summary>Direct Line's error answers: <c>{"error":{"code","message"}}</c> with the codes Azure's service uses.</summary>
public static class DirectLineErrors
{
    public static IResult Of(int status, string code, string message) => ErrorResponses.Of(status, code, message);

    public static IResult BadArgument(string message) => Of(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Unauthorized(string message) => Of(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static IResult Forbidden(string message) => Of(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult TokenExpired() => Of(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult ConversationNotFound() => Of(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found; it may have expired.");

    public static IResult TooLarge(string code, string message) => Of(StatusCodes.Status413PayloadTooLarge, code, message);
}
