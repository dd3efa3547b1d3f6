using CareerBot.Hosting;
using CareerBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// The real web host on loopback configured as an Azure Bot: an app id, a password and a tenant, the
/// Bot Connector's metadata and service host pointed at loopback fakes, and Entra's token endpoint reached there too.
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

    public static async Task<SecuredBot> StartAsync(
        TestIssuer issuer, ScriptedConnector connector, IDictionary<string, string?>? extra = null, IDictionary<string, Uri>? redirects = null)
    {
        var hosts = new Dictionary<string, Uri>(redirects ?? new Dictionary<string, Uri>())
        {
            ["login.microsoftonline.com"] = new Uri(connector.ServiceUrl),
        };
        issuer.ServeTheSdkOverLoopback();
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = RepositoryPaths.Knowledge,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Password,
            ["MicrosoftAppTenantId"] = connector.Tenant,
            ["BotFramework:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["BotFramework:TrustedServiceHosts"] = "127.0.0.1",
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

            builder.Services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new LoopbackRedirect(hosts)));
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
