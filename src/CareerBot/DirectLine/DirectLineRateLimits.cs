using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// The Direct Line rate limits, on ASP.NET Core's rate limiter: tokens and conversation starts per client
/// address, posted activities per conversation (a token bucket: short bursts are fine, floods are not),
/// reads per client address. A refused request gets 429, <c>Retry-After</c> in seconds and the reason.
/// </summary>
public static class DirectLineRateLimits
{
    public const string Tokens = "directline-tokens";
    public const string Activities = "directline-activities";
    public const string Reads = "directline-reads";

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.AddPolicy(Tokens, http => RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress(http), _ => PerMinute(Options(http).TokenRequestsPerMinute)));
        limiter.AddPolicy(Reads, http => RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress(http), _ => PerMinute(Options(http).ReadsPerMinute)));
        limiter.AddPolicy(Activities, http =>
        {
            var options = Options(http);
            // Keyed by conversation: the id in the path is checked against the token after this runs, and an id
            // nobody holds a token for only ever limits the caller who made it up.
            var key = http.Request.RouteValues["conversationId"] as string ?? ClientAddress(http);
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, options.ActivityBurst),
                TokensPerPeriod = Math.Max(1, options.ActivitiesPerMinute / 6),
                ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await DirectLineErrors.Of(
                    StatusCodes.Status429TooManyRequests, "TooManyRequests", $"Too many requests; try again in {seconds} second(s).")
                .ExecuteAsync(context.HttpContext);
        };
    });

    private static DirectLineOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
