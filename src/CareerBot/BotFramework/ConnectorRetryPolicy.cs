using System.Net;
using System.Net.Http.Headers;

namespace CareerBot.BotFramework;

/// <summary>
/// When to try a Connector call again, following Teams' guidance: throttling (429), a concurrent write
/// to the same conversation (412) and gateway failures (502, 504) pass; everything else (a bad request,
/// a refused token, a bot removed from the chat, a message too big) will not get better by repeating it.
/// </summary>
public static class ConnectorRetryPolicy
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(8);

    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the reply would be stale.</summary>
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(60);

    public static bool IsRetryable(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>How long to wait before attempt <paramref name="attempt"/> + 1: the server's <c>Retry-After</c> if it gave one, else exponential backoff with jitter.</summary>
    public static TimeSpan Delay(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        var asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - now : null);
        if (asked is { } wait)
        {
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        var backoff = FirstBackoff * Math.Pow(2, attempt - 1);
        var capped = backoff < LongestBackoff ? backoff : LongestBackoff;
        // Jitter spreads retries from many conversations that were throttled at the same moment.
        return capped * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }
}
