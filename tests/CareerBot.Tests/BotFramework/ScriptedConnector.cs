using System.Collections.Concurrent;
using System.Net;
using CareerBot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// A Bot Connector and an Entra token endpoint on loopback. The connector records every call (raw path,
/// bearer token, activity) and answers with scripted statuses first, then 200 with a new id; the token
/// endpoint hands out numbered tokens and counts how often it was asked.
/// </summary>
public sealed class ScriptedConnector : IAsyncDisposable
{
    /// <summary>
    /// The bot's tenant: one per connector, because the SDK's token client (MSAL) caches tokens process-wide by
    /// app and tenant, and each test's bot must ask its own token endpoint.
    /// </summary>
    public string Tenant { get; } = Guid.NewGuid().ToString();

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _received = new();
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter, string Body)> _script = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _tokens;
    private int _calls;
    private int _ids;

    private ScriptedConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.First() + "/";

    /// <summary>How many tokens were handed out.</summary>
    public int TokensIssued => _tokens;

    /// <summary>How many calls reached the connector, answered or refused.</summary>
    public int Calls => _calls;

    public List<IFormCollection> TokenRequests { get; } = [];

    public static async Task<ScriptedConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ScriptedConnector(app);
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            lock (connector.TokenRequests)
            {
                connector.TokenRequests.Add(form);
            }

            var n = Interlocked.Increment(ref connector._tokens);
            return Results.Json(new Dictionary<string, object> { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["access_token"] = $"connector-token-{n}" });
        });
        app.MapPost("/v3/conversations/{**rest}", async (HttpContext http) =>
        {
            Interlocked.Increment(ref connector._calls);
            var activity = BotJson.Deserialize<Activity>(await new StreamReader(http.Request.Body).ReadToEndAsync());
            if (connector._script.TryDequeue(out var scripted))
            {
                if (scripted.RetryAfter is not null)
                {
                    http.Response.Headers.RetryAfter = scripted.RetryAfter;
                }

                return Results.Text(scripted.Body, "application/json", statusCode: (int)scripted.Status);
            }

            var id = $"msg-{Interlocked.Increment(ref connector._ids)}";
            // The raw target shows whether the bot escaped the ids in the path.
            connector._received.Enqueue(new ConnectorCall(
                http.Features.Get<IHttpRequestFeature>()!.RawTarget, http.Request.Headers.Authorization.ToString(), activity!, DateTimeOffset.UtcNow, id));
            connector._arrived.Release();
            return Results.Json(new { id });
        });
        await app.StartAsync();
        return connector;
    }

    /// <summary>The next call gets this answer instead of a success.</summary>
    public void Refuse(HttpStatusCode status, string? retryAfter = null, string body = "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}") =>
        _script.Enqueue((status, retryAfter, body));

    /// <summary>The next activity that reached the connector and was accepted.</summary>
    public async Task<ConnectorCall> NextAsync(TimeSpan? timeout = null)
    {
        if (!await _arrived.WaitAsync(timeout ?? TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("the bot sent nothing to the connector");
        }

        _received.TryDequeue(out var call);
        return call!;
    }

    /// <summary>The next accepted message, skipping typing indicators.</summary>
    public async Task<ConnectorCall> NextMessageAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var call = await NextAsync(timeout);
            if (call.Activity.Type == "message")
            {
                return call;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}

/// <summary>One accepted call to the connector, and the id the connector gave the activity.</summary>
public sealed record ConnectorCall(string Path, string Authorization, Activity Activity, DateTimeOffset At, string Id);
