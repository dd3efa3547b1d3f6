using System.Collections.Concurrent;
using CareerBot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Support;

/// <summary>A Bot Connector stand-in on loopback that records what the bot POSTs to it.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, Activity Activity)> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.First() + "/";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{**rest}", async (HttpContext http) =>
        {
            var activity = BotJson.Deserialize<Activity>(await new StreamReader(http.Request.Body).ReadToEndAsync());
            // The raw target shows whether the bot escaped the ids in the path.
            connector._received.Enqueue((http.Features.Get<IHttpRequestFeature>()!.RawTarget, activity!));
            connector._arrived.Release();
            return Results.Json(new { id = "reply-1" });
        });
        await app.StartAsync();
        return connector;
    }

    public async Task<(string Path, Activity Activity)> NextAsync(TimeSpan timeout)
    {
        if (!await _arrived.WaitAsync(timeout))
        {
            throw new TimeoutException("the bot sent nothing to the connector");
        }

        _received.TryDequeue(out var item);
        return item;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
