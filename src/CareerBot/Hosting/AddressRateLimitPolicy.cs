using System.Globalization;
using System.Threading.RateLimiting;
using CareerBot.BotFramework;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Hosting;

/// <summary>
/// <c>/api/messages</c> per client address, on ASP.NET Core's rate limiter: a token bucket, so bursts pass and
/// floods get 429 with <c>Retry-After</c> in the Bot Framework error shape. Its own rejection handler leaves
/// the Direct Line policies' one alone.
/// </summary>
public sealed class AddressRateLimitPolicy(IOptions<LimitsOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "messages-per-address";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, cancellationToken) =>
        new ValueTask(TooManyRequests(context.HttpContext, context.Lease).ExecuteAsync(context.HttpContext));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var limits = options.Value;
        return RateLimitPartition.GetTokenBucketLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(Math.Max(1, limits.MessagesPerSecondPerAddress), limits.MessageBurstPerAddress),
            TokensPerPeriod = Math.Max(1, limits.MessagesPerSecondPerAddress),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least 1) taken from the refused lease.</summary>
    public static IResult TooManyRequests(HttpContext http, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ActivityReader.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", $"Too many requests; try again in {seconds} second(s).");
    }
}
