using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Deployment;

/// <summary>
/// nginx (the Debian package) on a free loopback port, configured with deploy/nginx/careerbot.conf.template —
/// the file the compose deployment uses — filled in with the addresses of the bots under test.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Variable = "CAREERBOT_TEST_NGINX";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The nginx executable: <c>CAREERBOT_TEST_NGINX</c>, else the Debian package's, else none.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured
        : File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx"
        : null;

    public static async Task<NginxProxy> StartAsync(Uri bot1, Uri bot2)
    {
        var nginx = Executable ?? throw new InvalidOperationException($"CI=true but nginx is not installed ({Variable} unset, no /usr/sbin/nginx).");
        var folder = Directory.CreateTempSubdirectory("careerbot-nginx-").FullName;
        var port = FreePort();
        var site = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "careerbot.conf.template")))
            .Replace("${CAREERBOT_BOT_1}", $"{bot1.Host}:{bot1.Port}", StringComparison.Ordinal)
            .Replace("${CAREERBOT_BOT_2}", $"{bot2.Host}:{bot2.Port}", StringComparison.Ordinal)
            .Replace("${CAREERBOT_LISTEN}", $"127.0.0.1:{port}", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "careerbot.conf"), site);
        // The process-level settings the nginx image provides in production; everything in a throw-away folder.
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/careerbot.conf;
            }
            """);
        var process = Process.Start(new ProcessStartInfo(nginx, ["-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        await proxy.WaitUntilListeningAsync(port);
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_folder, "error.log");
                throw new InvalidOperationException($"nginx exited: {await _process.StandardError.ReadToEndAsync()} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("nginx did not start listening within 5 seconds");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
