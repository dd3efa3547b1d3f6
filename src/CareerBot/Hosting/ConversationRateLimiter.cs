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
        var perTenSeconds = Math.Max(1, limits.MessagesPerMinutePerConversation / 6);
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limits.MessageBurstPerConversation),
            TokensPerPeriod = perTenSeconds,
            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    });

    /// <summary>A lease for one turn on <paramref name="conversationKey"/>; check <see cref="RateLimitLease.IsAcquired"/>.</summary>
    public RateLimitLease Acquire(string conversationKey) => _limiter.AttemptAcquire(conversationKey);

    public void Dispose() => _limiter.Dispose();
}
