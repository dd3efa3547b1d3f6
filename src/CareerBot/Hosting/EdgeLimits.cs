using Microsoft.Extensions.Options;

namespace CareerBot.Hosting;

/// <summary>
/// The limits attached once at the edge: rate limits per client address and per conversation, a request
/// timeout on <c>/api/messages</c>, and a shutdown that lets in-flight turns finish.
/// </summary>
public static class EdgeLimits
{
    public const string MessagesTimeout = "messages";

    public static IServiceCollection AddEdgeLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitsOptions>(configuration.GetSection("Limits"));
        services.AddSingleton<ConversationRateLimiter>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, AddressRateLimitPolicy>(AddressRateLimitPolicy.Name));
        services.AddRequestTimeouts();
        services.AddOptions<Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutOptions>()
            .Configure<IOptions<LimitsOptions>>((timeouts, limits) => timeouts.AddPolicy(MessagesTimeout, limits.Value.RequestTimeout));
        services.AddOptions<HostOptions>()
            .Configure<IOptions<LimitsOptions>>((host, limits) => host.ShutdownTimeout = limits.Value.ShutdownTimeout);
        return services;
    }

    /// <summary>
    /// Request timeouts for the endpoints that ask for them. The rate limiter middleware itself is added once,
    /// by <c>MapDirectLine</c>, for every policy; adding it twice would count each request twice.
    /// </summary>
    public static WebApplication UseEdgeLimits(this WebApplication app)
    {
        app.UseRequestTimeouts();
        return app;
    }
}
