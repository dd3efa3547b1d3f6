using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Direct Line 3.0 inside the bot, so Web Chat, directlinejs and our widget reach it with no Azure service
/// in between: <c>/v3/directline/...</c> (tokens, conversations, activities, the WebSocket stream) and the
/// website token endpoint. Turns run through the same pipeline as <c>/api/messages</c>.
/// </summary>
public static partial class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectLineOptions>(configuration.GetSection("DirectLine"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddSingleton<DirectLineStreamSlots>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddHostedService<DirectLineSweeper>();
        services.AddDirectLineCors();
        services.AddDirectLineRateLimits();
        return services;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseCors();
        app.UseWebSockets();
        app.UseRateLimiter();

        var directLine = app.MapGroup(Prefix).RequireCors(DirectLineCors.Protocol);
        TokenEndpoints.Map(directLine);
        ConversationEndpoints.Map(directLine);
        ActivityEndpoints.Map(directLine);
        StreamEndpoint.Map(directLine);
        WebsiteTokenEndpoint.Map(app);

        if (app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.DevelopmentMode)
        {
            LogDevelopmentMode(app.Logger);
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:Secret is not set: anyone may start a Direct Line conversation (local development mode)")]
    private static partial void LogDevelopmentMode(ILogger logger);
}
