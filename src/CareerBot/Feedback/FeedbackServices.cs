using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Feedback;

/// <summary>Feedback on answers: the store ratings go to, and the log that lets a reaction find its answer.</summary>
public static class FeedbackServices
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddSingleton<IFeedbackStore, StoredFeedbackStore>();
        services.AddSingleton<SentAnswerLog>();
        services.AddHostedService<SentAnswerSweeper>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
