using CareerBot.Dialogs;
using CareerBot.Feedback;
using CareerBot.Pipeline;
using CareerBot.Routes;
using CareerBot.Storage;

namespace CareerBot.Hosting;

/// <summary>The parts every way of talking to the bot shares: the guide, the state store and the turn pipeline.</summary>
public static class BotServices
{
    public static IServiceCollection AddCareerBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGuide(configuration);
        services.AddStorage(configuration);
        services.Configure<OperationsOptions>(configuration.GetSection("Operations"));
        services.AddMetrics();
        services.AddSingleton<TurnMetrics>();
        services.AddFeedback();
        services.AddDialogs(configuration);
        services.AddSingleton(BotRoutes.Build);
        services.AddSingleton<TurnPipeline>();
        return services;
    }
}
