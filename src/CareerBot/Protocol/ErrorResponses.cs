using Microsoft.Bot.Schema;

namespace CareerBot.Protocol;

/// <summary>The error body Bot Framework services use, <c>{"error":{"code","message"}}</c>, as an HTTP result.</summary>
public static class ErrorResponses
{
    public static IResult Of(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new Error(code, message)), ProtocolJsonContext.Default.ErrorResponse, statusCode: status);
}
