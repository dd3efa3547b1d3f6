using System.Security.Claims;

namespace CareerBot.BotFramework;

/// <summary>What the token check decided: 200 with the caller's identity, 401 or 403 with the reason (for the log, never the response).</summary>
public sealed record InboundAuthResult(int Status, string Reason, ClaimsIdentity? Identity)
{
    public bool Succeeded => Status == StatusCodes.Status200OK;

    public static InboundAuthResult Accepted(ClaimsIdentity? identity, string how) => new(StatusCodes.Status200OK, how, identity);

    public static InboundAuthResult Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason, null);

    public static InboundAuthResult Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason, null);
}
