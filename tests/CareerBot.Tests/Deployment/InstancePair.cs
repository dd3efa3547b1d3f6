using CareerBot.Tests.Storage;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Deployment;

/// <summary>
/// Two bot instances on loopback sharing one new database, as a deployment runs them; optionally nginx in front
/// of both with deploy/'s configuration, and a client pointed at it.
/// </summary>
public sealed class InstancePair : IAsyncDisposable
{
    private InstancePair(LoopbackBot first, LoopbackBot second, NginxProxy? nginx)
    {
        (First, Second, Nginx) = (first, second, nginx);
        ThroughNginx = nginx is null ? null : new HttpClient { BaseAddress = nginx.Address };
    }

    public LoopbackBot First { get; }

    public LoopbackBot Second { get; }

    public NginxProxy? Nginx { get; }

    /// <summary>A client of nginx (round robin over both instances); null without nginx.</summary>
    public HttpClient? ThroughNginx { get; }

    public static async Task<InstancePair> StartAsync(string provider, bool behindNginx = false)
    {
        var settings = TestStores.Settings(provider, await TestStores.NewDatabaseAsync(provider));
        var first = await LoopbackBot.StartAsync(settings);
        var second = await LoopbackBot.StartAsync(settings);
        var nginx = behindNginx ? await NginxProxy.StartAsync(first.Address, second.Address) : null;
        return new InstancePair(first, second, nginx);
    }

    public async ValueTask DisposeAsync()
    {
        ThroughNginx?.Dispose();
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        await Second.DisposeAsync();
        await First.DisposeAsync();
    }
}
