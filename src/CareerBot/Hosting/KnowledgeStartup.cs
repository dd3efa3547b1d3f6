using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;

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

        // Meaning (the sentence-embedding model) is on unless switched off; its phrasing vectors are kept
        // on disk, so only the first start (and edited phrasings) pay for embedding them.
        var meaning = configuration.GetValue("Understanding:Meaning", true);
        var cacheFolder = configuration["Understanding:VectorCache"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(configuration[HostDefaults.ContentRootKey] ?? AppContext.BaseDirectory, "data", "vectors");
        var builder = meaning ? new GuideBuilder(MiniLmTextEmbedder.Shared, new EmbeddingCache(cacheFolder)) : new GuideBuilder(null, null);
        services.AddSingleton(builder);
        services.AddSingleton(new CurrentGuide(builder.Build(result.Knowledge!)));
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
