using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerBot.Storage;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Conversation tokens and single-use stream tokens, in the record store so every instance honours them and
/// a restart keeps them. Tokens are opaque random strings, stored only as their SHA-256, so the database
/// holds nothing a caller could present. A refreshed token is a new one; the old stays valid until its own
/// expiry, as with Azure's service.
/// </summary>
public sealed class DirectLineTokens(IRecordStore store, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public async Task<DirectLineGrant> IssueAsync(string conversationId, string? userId, CancellationToken cancellationToken)
    {
        var grant = new DirectLineGrant(RandomIds.Token(), conversationId, userId, time.GetUtcNow() + options.Value.TokenLifetime);
        await store.WriteAsync(RecordKinds.DirectLineToken, KeyOf(grant.Token), userId, Serialize(StoredGrant.Of(grant)), 0, cancellationToken);
        return grant;
    }

    /// <summary>The grant behind a token, expired or not (the caller says which); null for a token never issued or already swept.</summary>
    public async Task<DirectLineGrant?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(RecordKinds.DirectLineToken, KeyOf(token), cancellationToken);
        return stored is null ? null : Deserialize(stored.Body).For(token);
    }

    public Task<DirectLineGrant> RefreshAsync(DirectLineGrant grant, CancellationToken cancellationToken) =>
        IssueAsync(grant.ConversationId, grant.UserId, cancellationToken);

    /// <summary>A token for one WebSocket connection to one conversation, usable once and only shortly.</summary>
    public async Task<string> IssueStreamTokenAsync(string conversationId, CancellationToken cancellationToken)
    {
        var token = RandomIds.Token();
        var grant = new StoredGrant(conversationId, null, time.GetUtcNow() + options.Value.StreamUrlLifetime, Redeemed: false);
        await store.WriteAsync(RecordKinds.DirectLineStreamToken, KeyOf(token), null, Serialize(grant), 0, cancellationToken);
        return token;
    }

    /// <summary>True once per stream token: marking it used is a versioned write, so two instances cannot both redeem it.</summary>
    public async Task<bool> RedeemStreamTokenAsync(string token, string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyOf(token);
        var stored = await store.GetAsync(RecordKinds.DirectLineStreamToken, key, cancellationToken);
        if (stored is null || Deserialize(stored.Body) is not { Redeemed: false } grant
            || grant.ConversationId != conversationId || time.GetUtcNow() >= grant.ExpiresAt)
        {
            return false;
        }

        try
        {
            await store.WriteAsync(RecordKinds.DirectLineStreamToken, key, null, Serialize(grant with { Redeemed = true }), stored.Version, cancellationToken);
            return true;
        }
        catch (RecordConflictException)
        {
            return false;
        }
    }

    /// <summary>Forgets tokens long expired; returns how many went.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        // Expired tokens linger a lifetime more, so their holder hears "TokenExpired" rather than "not valid".
        var now = time.GetUtcNow();
        return await store.DeleteOlderThanAsync(RecordKinds.DirectLineToken, now - (2 * options.Value.TokenLifetime), cancellationToken)
            + await store.DeleteOlderThanAsync(RecordKinds.DirectLineStreamToken, now - options.Value.StreamUrlLifetime, cancellationToken);
    }

    private static string KeyOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Serialize(StoredGrant grant) => JsonSerializer.Serialize(grant, DirectLineJsonContext.Default.StoredGrant);

    private static StoredGrant Deserialize(string body) => JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.StoredGrant)!;
}

/// <summary>A grant as stored, without the token itself.</summary>
public sealed record StoredGrant(string ConversationId, string? UserId, DateTimeOffset ExpiresAt, bool Redeemed)
{
    public static StoredGrant Of(DirectLineGrant grant) => new(grant.ConversationId, grant.UserId, grant.ExpiresAt, Redeemed: false);

    public DirectLineGrant For(string token) => new(token, ConversationId, UserId, ExpiresAt);
}
