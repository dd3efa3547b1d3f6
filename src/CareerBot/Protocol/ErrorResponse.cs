namespace CareerBot.Protocol;

/// <summary>The error body Bot Framework services use: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorBody Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorBody(code, message));
}

public sealed record ErrorBody(string Code, string Message);
