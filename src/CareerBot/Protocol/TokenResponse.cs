using System.Text.Json.Serialization;

namespace CareerBot.Protocol;

/// <summary>An OAuth 2.0 token endpoint's answer to a client-credentials request.</summary>
public sealed class TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }
}
