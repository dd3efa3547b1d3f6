using CareerBot.Hosting;
using CareerBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// The real web host on loopback configured as an Azure Bot: an app id, a password and a tenant, the
/// Bot Connector's metadata, token endpoint and service host all pointed at loopback fakes.
/// </summary>
public sealed class SecuredBot : IAsyncDisposable
{
    public const string AppId = "5f0e6c1a-7b2d-4c3e-9f10-2a3b4c5d6e7f";
    public const string Password = "test-secret";

    private readonly WebApplication _app;

    private SecuredBot(WebApplication app)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SecuredBot> StartAsync(TestIssuer issuer, ScriptedConnector connector, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = RepositoryPaths.Knowledge,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Password,
            ["MicrosoftAppTenantId"] = ScriptedConnector.Tenant,
            ["BotFramework:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["BotFramework:TokenEndpoint"] = connector.TokenEndpoint,
            ["BotFramework:TrustedServiceHosts"] = "127.0.0.1",
            ["BotFramework:KeyRefreshCooldown"] = "00:00:00",
            ["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = CareerBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.Configuration[key] = value;
            }

            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return new SecuredBot(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
