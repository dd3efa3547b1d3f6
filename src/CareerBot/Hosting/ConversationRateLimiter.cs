using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Hosting;

/// <summary>
/// Turns per conversation. The conversation id is inside the body, so this limiter is asked by the endpoint
/// after the activity is read, not by the middleware; it is the same built-in token bucket.
/// </summary>
public sealed class ConversationRateLimiter(IOptions<LimitsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
    {
        var limits = options.Value;
        var perMinute = Math.Max(1, limits.MessagesPerMinutePerConversation);
        // A token every second at high rates; below one a second, one token per period, so the bucket never
        // caps the sustained rate below the setting.
        var (period, tokens) = perMinute >= 60 ? (TimeSpan.FromSeconds(1), perMinute / 60) : (TimeSpan.FromSeconds(60.0 / perMinute), 1);
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(tokens, limits.MessageBurstPerConversation),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    });

    /// <summary>A lease for one turn on <paramref name="conversationKey"/>; check <see cref="RateLimitLease.IsAcquired"/>.</summary>
    public RateLimitLease Acquire(string conversationKey) => _limiter.AttemptAcquire(conversationKey);

    public void Dispose() => _limiter.Dispose();
}
