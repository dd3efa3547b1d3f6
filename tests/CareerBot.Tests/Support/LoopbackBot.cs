using CareerBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Support;

/// <summary>The real web host on a free loopback port, with a client pointed at it.</summary>
public sealed class LoopbackBot : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackBot(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LoopbackBot> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var app = CareerBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["Knowledge:Path"] = RepositoryPaths.Knowledge;
            builder.Configuration["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite();
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.Configuration[key] = value;
            }

            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return new LoopbackBot(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
