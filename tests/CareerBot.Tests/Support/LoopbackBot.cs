using CareerBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Support;

/// <summary>The real web host on a free loopback port, with a client pointed at it.</summary>
public sealed class LoopbackBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _messagesServed;
    private int _directLinePostsServed;

    private LoopbackBot(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Requests this instance answered on <c>/api/messages</c>, to see which instance a proxy chose.</summary>
    public int MessagesServed => Volatile.Read(ref _messagesServed);

    /// <summary>Activities this instance took on Direct Line (<c>POST …/activities</c>).</summary>
    public int DirectLinePostsServed => Volatile.Read(ref _directLinePostsServed);

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
        LoopbackBot? bot = null;
        app.Use(async (http, next) =>
        {
            if (http.Request.Path == "/api/messages" && bot is not null)
            {
                Interlocked.Increment(ref bot._messagesServed);
            }

            if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/v3/directline/conversations")
                && http.Request.Path.Value!.EndsWith("/activities", StringComparison.Ordinal) && bot is not null)
            {
                Interlocked.Increment(ref bot._directLinePostsServed);
            }

            await next(http);
        });
        await app.StartAsync();
        bot = new LoopbackBot(app, new Uri(app.Urls.First()));
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
