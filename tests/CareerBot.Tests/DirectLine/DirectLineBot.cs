using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineBot> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = new ManualClock();
        var app = CareerBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["Knowledge:Path"] = RepositoryPaths.Knowledge;
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

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer = null, object? body = null)
    {
        var request = new HttpRequestMessage(method, "/v3/directline/" + path.TrimStart('/'));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Starts a conversation the way directlinejs does; returns the Conversation object.</summary>
    public async Task<JsonObject> StartConversationAsync(string? bearer = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "conversations", bearer, new { user = new { id = "u1" } });
        Assert.True(response.IsSuccessStatusCode, $"starting a conversation: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await JsonOf(response);
    }

    public async Task<JsonObject> PostMessageAsync(JsonObject conversation, string text, string? clientActivityId = null)
    {
        var activity = new
        {
            type = "message",
            text,
            from = new { id = "u1", name = "Una" },
            locale = "en-US",
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        using var response = await SendAsync(HttpMethod.Post, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!, activity);
        Assert.Equal(200, (int)response.StatusCode);
        return await JsonOf(response);
    }

    public async Task<JsonObject> ActivitiesAsync(JsonObject conversation, string? watermark = null)
    {
        using var response = await SendAsync(
            HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities?watermark={watermark}", (string)conversation["token"]!);
        Assert.Equal(200, (int)response.StatusCode);
        return await JsonOf(response);
    }

    public static async Task<JsonObject> JsonOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<string> ErrorCodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString()!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
