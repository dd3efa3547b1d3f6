using System.Text.Json.Nodes;
using CareerBot.Hosting;
using CareerBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.DirectLine;

/// <summary>
/// The real web host on loopback, spoken to as a Direct Line client would: raw HTTP, JSON as it travels,
/// and the bot's clock in the test's hand.
/// </summary>
public sealed class DirectLineBot : IAsyncDisposable
{
    public const string Secret = "test-direct-line-secret-0123456789";

    private readonly WebApplication _app;

    private DirectLineBot(WebApplication app, ManualClock clock)
    {
        _app = app;
        Clock = clock;
        Address = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = Address };
        Calls = new DirectLineClient(Client);
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public ManualClock Clock { get; }

    public DirectLineClient Calls { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineBot> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = new ManualClock();
        var app = CareerBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["Knowledge:Path"] = RepositoryPaths.Knowledge;
            builder.Configuration["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite();
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.Configuration[key] = value;
            }

            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return new DirectLineBot(app, clock);
    }

    public static Task<DirectLineBot> StartWithSecretAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["DirectLine:Secret"] = Secret };
        return StartAsync(all);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer = null, object? body = null) =>
        Calls.SendAsync(method, path, bearer, body);

    public Task<JsonObject> StartConversationAsync(string? bearer = null) => Calls.StartConversationAsync(bearer);

    public Task<JsonObject> PostMessageAsync(JsonObject conversation, string text, string? clientActivityId = null) =>
        Calls.PostMessageAsync(conversation, text, clientActivityId);

    public Task<JsonObject> ActivitiesAsync(JsonObject conversation, string? watermark = null) => Calls.ActivitiesAsync(conversation, watermark);

    public static Task<JsonObject> JsonOf(HttpResponseMessage response) => DirectLineClient.JsonOf(response);

    public static Task<string> ErrorCodeOf(HttpResponseMessage response) => DirectLineClient.ErrorCodeOf(response);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
