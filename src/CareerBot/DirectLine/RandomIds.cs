using System.Security.Cryptography;

namespace CareerBot.DirectLine;

/// <summary>Unguessable ids and tokens from the OS's cryptographic generator, URL-safe and free of dots (Web Chat tries to read dotted tokens as JWTs).</summary>
public static class RandomIds
{
    /// <summary>144 random bits: conversation ids.</summary>
    public static string ConversationId() => New(18);

    /// <summary>256 random bits: tokens and stream tokens.</summary>
    public static string Token() => New(32);

    private static string New(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
