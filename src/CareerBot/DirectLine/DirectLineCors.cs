using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Cross-origin rules. <c>/v3/directline/*</c> is open to every origin, like Azure's service: it uses bearer
/// tokens, never cookies, so a page can only act with a token it was given. Web Chat sends
/// <c>x-ms-bot-agent</c> and <c>X-Requested-With</c>; a preflight that refused them would leave it
/// "Connecting" forever. The website token endpoint answers only the origins allowed to embed the bot.
/// </summary>
public static class DirectLineCors
{
    public const string Protocol = "directline";
    public const string Website = "directline-website";

    private static readonly string[] Headers = ["Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With"];

    public static IServiceCollection AddDirectLineCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
        {
            cors.AddPolicy(Protocol, policy => policy.AllowAnyOrigin().WithHeaders(Headers).WithMethods("GET", "POST", "OPTIONS")
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
            cors.AddPolicy(Website, policy => policy.SetIsOriginAllowed(origin => WebsiteTokenEndpoint.IsAllowedOrigin(origin, directLine.Value))
                .WithHeaders(Headers).WithMethods("POST", "OPTIONS").SetPreflightMaxAge(TimeSpan.FromHours(1)));
        });
        return services;
    }
}
