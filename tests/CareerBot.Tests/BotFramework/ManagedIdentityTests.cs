using System.Collections.Concurrent;
using CareerBot.Tests.Support;
using CareerBot.Tests.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// A bot registered with a user-assigned managed identity (<c>MicrosoftAppType=UserAssignedMSI</c>, no password)
/// gets its Connector token from Azure's identity endpoint: the instance metadata service, or App Service's
/// <c>IDENTITY_ENDPOINT</c> with its secret header. Here both are a loopback fake that checks what a real one checks.
/// </summary>
public sealed class ManagedIdentityTests
{
    private const string AppServiceSecret = "app-service-identity-header";

    [Theory]
    [InlineData("InstanceMetadata")]
    [InlineData("AppService")]
    public async Task RepliesCarryATokenFromTheManagedIdentityEndpoint(string platform)
    {
        await using var identity = await FakeIdentityEndpoint.StartAsync();
        await using var fakes = await BotConnectorFakes.StartAsync("msteams");
        var connector = fakes.Connector;
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppPassword"] = "",
            ["BotFramework:ManagedIdentityEndpoint"] = identity.Url + "/metadata/identity/oauth2/token",
        };
        if (platform == "AppService")
        {
            settings["IDENTITY_ENDPOINT"] = identity.Url + "/msi/token";
            settings["IDENTITY_HEADER"] = AppServiceSecret;
        }

        await using var bot = await fakes.StartBotAsync(settings);
        await bot.Client.PostAsync(TeamsActivities.Personal("do I need a PhD?", connector.ServiceUrl), fakes.ChannelToken());
        var delivered = await connector.NextMessageAsync();

        Assert.Equal($"Bearer {platform}-token", delivered.Authorization);
        Assert.Equal(0, connector.TokensIssued);
        var asked = Assert.Single(identity.Requests.Distinct());
        Assert.Equal($"{platform}|https://api.botframework.com|{SecuredBot.AppId}", asked);
    }

    /// <summary>Answers only requests a real identity endpoint would answer, and records what was asked for.</summary>
    private sealed class FakeIdentityEndpoint : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FakeIdentityEndpoint(WebApplication app) => _app = app;

        public string Url => _app.Urls.First();

        public ConcurrentBag<string> Requests { get; } = [];

        public static async Task<FakeIdentityEndpoint> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var fake = new FakeIdentityEndpoint(app);
            app.MapGet("/metadata/identity/oauth2/token", (HttpContext http) =>
                http.Request.Headers["Metadata"] != "true" || http.Request.Query["api-version"] != "2018-02-01"
                    ? Results.BadRequest()
                    : fake.Issue(http, "InstanceMetadata", new Dictionary<string, object> { ["expires_in"] = "86399" }));
            app.MapGet("/msi/token", (HttpContext http) =>
                http.Request.Headers["X-IDENTITY-HEADER"] != AppServiceSecret || http.Request.Query["api-version"] != "2019-08-01"
                    ? Results.BadRequest()
                    : fake.Issue(http, "AppService", new Dictionary<string, object> { ["expires_on"] = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            await app.StartAsync();
            return fake;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private IResult Issue(HttpContext http, string platform, Dictionary<string, object> expiry)
        {
            Requests.Add($"{platform}|{http.Request.Query["resource"]}|{http.Request.Query["client_id"]}");
            var body = new Dictionary<string, object>(expiry) { ["access_token"] = $"{platform}-token", ["token_type"] = "Bearer", ["resource"] = "https://api.botframework.com" };
            return Results.Json(body);
        }
    }
}
