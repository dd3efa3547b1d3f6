using System.Collections.Concurrent;
using CareerBot.Tests.Support;
using CareerBot.Tests.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// A bot registered with a user-assigned managed identity (<c>MicrosoftAppType=UserAssignedMSI</c>, no password)
/// gets its Connector token from Azure's identity endpoint through the SDK's ManagedIdentityServiceClientCredentialsFactory
/// (MSAL): here the instance metadata service, a loopback fake that checks what a real one checks. (App Service's
/// <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c> are read by MSAL from the process environment and its token
/// cache is process-wide, so that platform is not run beside this one in the test process.)
/// </summary>
public sealed class ManagedIdentityTests
{
    [Fact]
    public async Task RepliesCarryATokenFromTheManagedIdentityEndpoint()
    {
        const string platform = "InstanceMetadata";
        await using var identity = await FakeIdentityEndpoint.StartAsync();
        await using var fakes = await BotConnectorFakes.StartAsync("msteams");
        var connector = fakes.Connector;
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppPassword"] = "",
        };

        await using var bot = await fakes.StartBotAsync(settings, new Dictionary<string, Uri> { ["169.254.169.254"] = new(identity.Url) });
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
                    : fake.Issue(http, "InstanceMetadata", new Dictionary<string, object>
                    {
                        ["expires_in"] = "86399",
                        ["expires_on"] = DateTimeOffset.UtcNow.AddSeconds(86399).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    }));
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
