using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareerBot.Tests.Support;

/// <summary>
/// The bot as its own operating-system process (the built CareerBot.dll, as <c>dotnet run</c> starts it) on a
/// free loopback port, so a test can stop it the way an orchestrator does: SIGTERM, or SIGKILL.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <param name="settings">Configuration, as environment variables (<c>Storage:Provider</c> → <c>Storage__Provider</c>).</param>
    /// <param name="port">The port to listen on (to restart an instance where a proxy expects it); a free one when null.</param>
    public static async Task<BotProcess> StartAsync(IDictionary<string, string?> settings, int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["Knowledge__Path"] = RepositoryPaths.Knowledge;
        start.Environment["Knowledge__Watch"] = "false";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        // Drain the output so a chatty log can never block the bot on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port.Value}/"));
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    /// <summary>Sends a signal (<c>TERM</c>, <c>KILL</c>) and waits for the process to end; returns its exit code.</summary>
    public async Task<int> StopAsync(string signal)
    {
        using (var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        // Ready includes the embedding model loaded, which on a first start without the vector cache embeds every phrasing.
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with {_process.ExitCode} before it was ready");
            }

            try
            {
                if ((await Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the bot was not ready within 120 seconds");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
