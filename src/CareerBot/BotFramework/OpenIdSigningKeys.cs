using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework;

/// <summary>
/// The signing keys published at one OpenID metadata URL, downloaded on first use, kept for
/// <see cref="BotFrameworkOptions.KeyRefreshInterval"/>, and downloaded again early (at most once per
/// cool-down) when a token names a key we do not have — that is how a key rotation shows up.
/// </summary>
public sealed class OpenIdSigningKeys(string metadataUrl, IHttpClientFactory clients, TimeSpan refreshInterval, TimeSpan cooldown, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeySet? _current;

    public string MetadataUrl => metadataUrl;

    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && time.GetUtcNow() - current.FetchedAt < refreshInterval)
        {
            return current;
        }

        return await DownloadAsync(current, force: false, cancellationToken);
    }

    /// <summary>Downloads the keys again unless that happened within the cool-down; returns the freshest set.</summary>
    public async Task<SigningKeySet> RefreshAsync(CancellationToken cancellationToken) =>
        await DownloadAsync(Volatile.Read(ref _current), force: true, cancellationToken);

    private async Task<SigningKeySet> DownloadAsync(SigningKeySet? seen, bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = _current;
            // Someone else downloaded while we waited, or a forced download came too soon after the last.
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current;
            }

            if (current is not null && force && time.GetUtcNow() - current.FetchedAt < cooldown)
            {
                return current;
            }

            try
            {
                _current = await FetchAsync(cancellationToken);
                return _current;
            }
            catch (Exception e) when (current is not null && e is not OperationCanceledException)
            {
                // Keys that were good a moment ago beat no keys while the metadata host has a bad minute.
                return current;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        using var http = clients.CreateClient(nameof(OpenIdSigningKeys));
        var metadata = OpenIdConnectConfiguration.Create(await http.GetStringAsync(new Uri(metadataUrl), cancellationToken));
        var jwksUri = metadata.JwksUri ?? throw new InvalidOperationException($"{metadataUrl} names no jwks_uri.");
        var jwks = await http.GetStringAsync(new Uri(jwksUri), cancellationToken);
        var keys = new JsonWebKeySet(jwks) { SkipUnresolvedJsonWebKeys = true }.GetSigningKeys();
        return new SigningKeySet(metadata.Issuer, [.. keys], ReadEndorsements(jwks), time.GetUtcNow());
    }

    // Read from the raw document: the endorsements are not a standard JWK member.
    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwks)
    {
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToList();
            }
        }

        return endorsements;
    }

    public void Dispose() => _gate.Dispose();
}
