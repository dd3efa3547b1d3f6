using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;

namespace CareerBot.Hosting;

/// <summary>Loads the guide before the bot starts; a broken knowledge folder stops the start with every problem listed.</summary>
public static class KnowledgeStartup
{
    public static IServiceCollection AddGuide(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = KnowledgeLocator.Locate(configuration["Knowledge:Path"]);
        var result = KnowledgeLoader.Load(folder);
        if (!result.Succeeded)
        {
            throw new KnowledgeInvalidException(folder, result.Problems);
        }

        services.AddSingleton(new CurrentGuide(GuideAnswerer.Build(result.Knowledge!)));
        services.AddSingleton(new KnowledgeFolderLocation(folder));
        services.Configure<KnowledgeReloadOptions>(configuration.GetSection("Knowledge"));
        services.AddSingleton<KnowledgeWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeWatcher>());
        return services;
    }
}

/// <summary>The knowledge folder has problems; the message lists them as <c>file:line: field: what is wrong</c>.</summary>
public sealed class KnowledgeInvalidException(string folder, IReadOnlyList<KnowledgeProblem> problems)
    : Exception($"The knowledge folder {folder} has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<KnowledgeProblem> Problems { get; } = problems;
}
