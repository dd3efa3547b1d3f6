namespace CareerBot.DirectLine;

/// <summary>What a token allows: one conversation, as one user if the token names one, until it expires.</summary>
public sealed record DirectLineGrant(string Token, string ConversationId, string? UserId, DateTimeOffset ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public int SecondsLeft(DateTimeOffset now) => (int)Math.Max(0, Math.Ceiling((ExpiresAt - now).TotalSeconds));
}
