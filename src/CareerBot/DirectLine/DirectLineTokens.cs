using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Conversation tokens and single-use stream tokens, kept in memory. Tokens are opaque random strings
/// looked up here, so one can be revoked or expire without any signature to trust. A refreshed token
/// is a new one; the old stays valid until its own expiry, as with Azure's service.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineGrant> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DirectLineGrant> _streamTokens = new(StringComparer.Ordinal);

    public DirectLineGrant Issue(string conversationId, string? userId)
    {
        var grant = new DirectLineGrant(RandomIds.Token(), conversationId, userId, time.GetUtcNow() + options.Value.TokenLifetime);
        _tokens[grant.Token] = grant;
        return grant;
    }

    /// <summary>The grant behind a token, expired or not (the caller says which); null for a token never issued or already swept.</summary>
    public DirectLineGrant? Find(string token) => _tokens.TryGetValue(token, out var grant) ? grant : null;

    public DirectLineGrant Refresh(DirectLineGrant grant) => Issue(grant.ConversationId, grant.UserId);

    /// <summary>A token for one WebSocket connection to one conversation, usable once and only shortly.</summary>
    public string IssueStreamToken(string conversationId)
    {
        var grant = new DirectLineGrant(RandomIds.Token(), conversationId, null, time.GetUtcNow() + options.Value.StreamUrlLifetime);
        _streamTokens[grant.Token] = grant;
        return grant.Token;
    }

    public bool RedeemStreamToken(string token, string conversationId) =>
        _streamTokens.TryRemove(token, out var grant)
        && grant.ConversationId == conversationId
        && !grant.IsExpired(time.GetUtcNow());

    /// <summary>Forgets expired tokens, and every token of a conversation that no longer exists.</summary>
    public void Sweep(Func<string, bool> conversationExists)
    {
        var now = time.GetUtcNow();
        foreach (var store in new[] { _tokens, _streamTokens })
        {
            foreach (var (token, grant) in store)
            {
                // Expired tokens linger a while so their holder hears "TokenExpired" rather than "unknown token".
                if (now - grant.ExpiresAt > options.Value.TokenLifetime || !conversationExists(grant.ConversationId))
                {
                    store.TryRemove(token, out _);
                }
            }
        }
    }
}
