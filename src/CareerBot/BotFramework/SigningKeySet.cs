using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework;

/// <summary>
/// One download of an issuer's OpenID metadata: the issuer it names, its signing keys, and for
/// each key id the channels the key is endorsed for (the Bot Connector's extra <c>endorsements</c> field).
/// </summary>
public sealed record SigningKeySet(
    string? Issuer,
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt)
{
    public bool HasKey(string? keyId) => keyId is not null && Keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    public IReadOnlyList<string> EndorsementsOf(string? keyId) =>
        keyId is not null && Endorsements.TryGetValue(keyId, out var channels) ? channels : [];
}
