using CareerBot.Pipeline;
using CareerBot.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: an Activity in, the turn run, replies returned in the body for
/// <c>expectReplies</c> or sent to the channel's Connector otherwise.
/// </summary>
public static class MessagesEndpoint
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotFrameworkOptions>(configuration.GetSection("BotFramework"));
        services.AddHttpClient<ConnectorClient>();
        services.AddSingleton<OutboundReplyQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundReplyQueue>());
        return services;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, TurnPipeline pipeline, OutboundReplyQueue outbound, IOptions<BotFrameworkOptions> options, CancellationToken cancellationToken)
    {
        var (activity, error) = await ActivityReader.ReadAsync(http, options.Value.MaxRequestBytes, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var turn = await pipeline.RunAsync(activity!, cancellationToken);
        if (string.Equals(activity!.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Json(new ExpectedReplies { Activities = [.. turn.Replies] }, ProtocolJsonContext.Default.ExpectedReplies);
        }

        foreach (var reply in turn.Replies)
        {
            outbound.Enqueue(reply);
        }

        return TypedResults.Ok();
    }
}
