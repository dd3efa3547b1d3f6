using CareerBot.Hosting;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the edge (rate limits, body size, a reason for every malformed request), then
/// Microsoft's <see cref="BotConnectorAdapter"/>, which authenticates the caller and runs the turn on
/// <see cref="PipelineBot"/>; expected replies and invoke responses come back in the HTTP response.
/// </summary>
public static partial class MessagesEndpoint
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotFrameworkOptions>(configuration.GetSection("BotFramework"));
        var credentials = BotCredentials.From(configuration);
        services.AddSingleton(credentials);
        services.AddSingleton(TrustedServiceHosts.From(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddHttpClient(BotConnectorAdapter.LoginClient);
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var sdkConfiguration = BotFrameworkSdkConfiguration.From(configuration);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger<BotConnectorAdapter>();
            var login = sp.GetRequiredService<IHttpClientFactory>().CreateClient(BotConnectorAdapter.LoginClient);
            return new DeferredBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
                sdkConfiguration,
                new ConfigurationServiceClientCredentialFactory(sdkConfiguration, login, logger),
                TenantIssuers(credentials),
                sp.GetRequiredService<IHttpClientFactory>(),
                logger));
        });
        services.AddSingleton<BotConnectorAdapter>();
        services.AddSingleton<PipelineBot>();
        services.AddSingleton<ConnectorReplySender>();
        services.AddSingleton<ConversationTurnLock>();
        services.AddSingleton<ReplyOutbox>();
        services.AddSingleton<OutboundReplyQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundReplyQueue>());
        services.AddHostedService<OutboxRecovery>();
        return services;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app)
    {
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint).FullName!);
        // Made now, so an incomplete identity (SingleTenant without a password, a managed identity without a tenant)
        // stops the app at start with the SDK's reason, instead of failing every request.
        _ = app.ServiceProvider.GetRequiredService<BotConnectorAdapter>();
        if (!app.ServiceProvider.GetRequiredService<BotCredentials>().AuthenticationEnabled)
        {
            LogDevelopmentMode(logger);
        }

        app.MapPost("/api/messages", (HttpContext http, BotConnectorAdapter adapter, PipelineBot bot, CancellationToken cancellationToken) =>
                HandleAsync(http, adapter, bot, logger, cancellationToken))
            .RequireRateLimiting(AddressRateLimitPolicy.Name)
            .WithRequestTimeout(EdgeLimits.MessagesTimeout);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, BotConnectorAdapter adapter, PipelineBot bot, ILogger logger, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        string? authorization = http.Request.Headers.Authorization;
        // Nothing is read from an unauthenticated caller beyond the header.
        if (services.GetRequiredService<BotCredentials>().AuthenticationEnabled && authorization?.StartsWith("Bearer ", StringComparison.Ordinal) != true)
        {
            return Unauthorized(http, logger, "no 'Authorization: Bearer' header");
        }

        var (activity, error) = await ActivityReader.ReadAsync(http, options.MaxRequestBytes, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if (activity!.Text?.Length > limits.MaxTextLength || activity.Attachments?.Count > limits.MaxAttachments)
        {
            return ActivityReader.Error(StatusCodes.Status400BadRequest, "BadArgument",
                $"An activity may carry at most {limits.MaxTextLength} characters of text and {limits.MaxAttachments} attachments.");
        }

        using var lease = services.GetRequiredService<ConversationRateLimiter>().Acquire($"{activity.ChannelId}/{activity.Conversation?.Id}");
        if (!lease.IsAcquired)
        {
            return AddressRateLimitPolicy.TooManyRequests(http, lease);
        }

        var turnStarted = false;
        Microsoft.Bot.Builder.InvokeResponse? response;
        try
        {
            response = await adapter.ProcessAsync(
                authorization, activity, new TurnStartedBot(bot, () => turnStarted = true), cancellationToken);
        }
        // Everything the SDK throws before the turn starts is about the caller's token (or the keys to check it).
        catch (Exception e) when (!turnStarted && e is UnauthorizedAccessException or SecurityTokenException or ArgumentException)
        {
            return Unauthorized(http, logger, $"{e.GetType().Name}: {e.Message}");
        }
        catch (Exception e) when (!turnStarted && e is HttpRequestException or InvalidOperationException or IOException)
        {
            LogKeysUnavailable(logger, e);
            return ActivityReader.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The token signing keys could not be loaded.");
        }

        return TurnResponse.From(response);
    }

    // The reason goes to the log only: a caller probing the endpoint learns nothing from the body.
    private static IResult Unauthorized(HttpContext http, ILogger logger, string reason)
    {
        LogRefused(logger, reason);
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return ActivityReader.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authenticated.");
    }

    // A single-tenant bot also accepts Entra tokens from its own tenant, as it did before the SDK.
    private static AuthenticationConfiguration TenantIssuers(BotCredentials credentials) => new()
    {
        ValidTokenIssuers = credentials.TenantId is { } tenant
            ? [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"]
            : [],
    };

    /// <summary>Tells the endpoint the SDK accepted the caller and the turn began, so the turn's own failures are not taken for a bad token.</summary>
    private sealed class TurnStartedBot(PipelineBot bot, Action started) : Microsoft.Bot.Builder.IBot
    {
        public Task OnTurnAsync(Microsoft.Bot.Builder.ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            started();
            return bot.OnTurnAsync(turnContext, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages refused with 401: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "/api/messages could not check a token: the signing keys are unavailable")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: /api/messages accepts unauthenticated requests and replies carry no token (local development mode)")]
    private static partial void LogDevelopmentMode(ILogger logger);
}
