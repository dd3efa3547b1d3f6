using CareerBot.Cli;
using CareerBot.Hosting;
using CareerBot.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Tests.Support;

/// <summary>The bot's real turn pipeline and knowledge, without HTTP: for tests that ask many questions.</summary>
public sealed class InProcessBot : IDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="configure">Replaces services after the bot's own, e.g. a clock a test can move.</param>
    /// <param name="settings">Configuration on top of the defaults (the knowledge folder and a fresh SQLite file).</param>
    public InProcessBot(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = RepositoryPaths.Knowledge,
            ["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite(),
        };
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(defaults)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddCareerBot(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public CurrentGuide Guide => _services.GetRequiredService<CurrentGuide>();

    public IServiceProvider Services => _services;

    /// <summary>A new conversation with its own state.</summary>
    public TerminalConversation NewConversation() => new(_services.GetRequiredService<TurnPipeline>());

    public void Dispose() => _services.Dispose();
}
