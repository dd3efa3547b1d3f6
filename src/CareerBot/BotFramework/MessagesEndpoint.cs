using CareerBot.Hosting;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the caller authenticated (when an app id is configured), an Activity in, the
/// turn run, replies returned in the body for <c>expectReplies</c> or sent to the channel's Connector
/// otherwise; an <c>invoke</c> is answered by the HTTP response itself (501 when nothing handles it).
/// </summary>
public static partial class MessagesEndpoint
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotFrameworkOptions>(configuration.GetSection("BotFramework"));
        services.AddSingleton(BotCredentials.From(configuration));
        services.AddSingleton(TrustedServiceHosts.From(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddSingleton<BotConnectorTokenValidator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddHttpClient<ConnectorClient>();
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
        if (!app.ServiceProvider.GetRequiredService<BotCredentials>().AuthenticationEnabled)
        {
            LogDevelopmentMode(logger);
        }

        app.MapPost("/api/messages", (HttpContext http, TurnPipeline pipeline, CancellationToken cancellationToken) =>
                HandleAsync(http, pipeline, logger, cancellationToken))
            .RequireRateLimiting(AddressRateLimitPolicy.Name)
            .WithRequestTimeout(EdgeLimits.MessagesTimeout);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, TurnPipeline pipeline, ILogger logger, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var credentials = services.GetRequiredService<BotCredentials>();
        string? authorization = http.Request.Headers.Authorization;
        // Nothing is read from an unauthenticated caller beyond the header.
        if (credentials.AuthenticationEnabled && authorization?.StartsWith("Bearer ", StringComparison.Ordinal) != true)
        {
            return Refuse(http, logger, InboundAuthResult.Unauthorized("no 'Authorization: Bearer' header"));
        }

        var (activity, error) = await ActivityReader.ReadAsync(http, options.MaxRequestBytes, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (credentials.AuthenticationEnabled)
        {
            InboundAuthResult auth;
            try
            {
                auth = await services.GetRequiredService<BotConnectorTokenValidator>().ValidateAsync(authorization, activity!, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or ArgumentException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogKeysUnavailable(logger, e);
                return ActivityReader.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The token signing keys could not be loaded.");
            }

            if (!auth.Succeeded)
            {
                return Refuse(http, logger, auth);
            }
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

        return await RunTurnAsync(activity, pipeline, services, options, cancellationToken);
    }

    private static async Task<IResult> RunTurnAsync(
        Activity activity, TurnPipeline pipeline, IServiceProvider services, BotFrameworkOptions options, CancellationToken cancellationToken)
    {
        var outbound = services.GetRequiredService<OutboundReplyQueue>();
        TurnContext turn;
        using (await services.GetRequiredService<ConversationTurnLock>().EnterAsync($"{activity.ChannelId}/{activity.Conversation?.Id}", cancellationToken))
        using (TypingIndicator.Start(activity, outbound, options.TypingDelay, services.GetRequiredService<TimeProvider>()))
        {
            turn = await pipeline.RunAsync(activity, cancellationToken);
        }

        var expectReplies = string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (activity.IsType(ActivityTypes.Invoke) && turn.InvokeResponse is null)
        {
            return ActivityReader.Error(StatusCodes.Status501NotImplemented, "NotImplemented", $"No handler for invoke '{activity.Name}'.");
        }

        if (expectReplies)
        {
            var body = new ExpectedReplies { Activities = [.. turn.Replies], Body = turn.InvokeResponse?.Body };
            return TypedResults.Json(body, ProtocolJsonContext.Default.ExpectedReplies, statusCode: turn.InvokeResponse?.Status ?? StatusCodes.Status200OK);
        }

        if (turn.Replies.Count > 0)
        {
            // Saved before the channel hears 200: if this process dies now, another instance still sends them.
            outbound.Enqueue(await services.GetRequiredService<ReplyOutbox>().AddAsync(turn.Replies, cancellationToken));
        }

        return turn.InvokeResponse switch
        {
            null => TypedResults.Ok(),
            { Body: null } invoke => TypedResults.StatusCode(invoke.Status),
            { } invoke => TypedResults.Json(invoke.Body, ProtocolJsonContext.Default.JsonNode, statusCode: invoke.Status),
        };
    }

    // The reason goes to the log only: a caller probing the endpoint learns nothing from the body.
    private static IResult Refuse(HttpContext http, ILogger logger, InboundAuthResult auth)
    {
        LogRefused(logger, auth.Status, auth.Reason);
        if (auth.Status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ActivityReader.Error(auth.Status, "Unauthorized", "The request is not authenticated.");
        }

        return ActivityReader.Error(auth.Status, "Forbidden", "The caller may not send this activity.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "/api/messages could not check a token: the signing keys are unavailable")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: /api/messages accepts unauthenticated requests and replies carry no token (local development mode)")]
    private static partial void LogDevelopmentMode(ILogger logger);
}
