namespace CareerBot.BotFramework;

/// <summary>
/// The hosts the bot's Connector token may be sent to (<c>BotFramework:TrustedServiceHosts</c>).
/// The token can be replayed by whoever receives it, so a forged <c>serviceUrl</c> must not get it.
/// An entry matches the host itself and its subdomains.
/// </summary>
public sealed class TrustedServiceHosts
{
    // The Microsoft clouds' Connector hosts (the Agents SDK's outbound allow-list, less storage and Graph).
    private static readonly string[] Defaults =
    [
        "botframework.com", "botframework.us", "botframework.azure.us", "botframework.azure.cn",
        "smba.trafficmanager.net", "smba.infra.gov.teams.microsoft.us", "teams.microsoft.com", "teams.microsoft.us",
    ];

    private readonly string[] _hosts;

    public TrustedServiceHosts(IEnumerable<string> hosts) => _hosts = hosts.Select(Normalize).Where(h => h.Length > 0).Distinct().ToArray();

    public IReadOnlyList<string> Hosts => _hosts;

    /// <summary>Reads the list as configuration children (<c>:0</c>, <c>:1</c>…) or one comma-separated value; none = the Microsoft clouds.</summary>
    public static TrustedServiceHosts From(IConfiguration configuration)
    {
        var section = configuration.GetSection("BotFramework:TrustedServiceHosts");
        var listed = section.GetChildren().Select(c => c.Value).OfType<string>()
            .Concat((section.Value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return new TrustedServiceHosts(listed.Count > 0 ? listed : Defaults);
    }

    /// <summary>True when a token may go to this address: a listed host, over https unless it is this machine.</summary>
    public bool Trusts(Uri serviceUrl)
    {
        var host = serviceUrl.IdnHost.ToLowerInvariant();
        var listed = _hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
        return listed && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.IsLoopback);
    }

    // Entries may be written as URLs ("https://smba.trafficmanager.net/amer/") or with a leading dot.
    private static string Normalize(string entry)
    {
        var text = entry.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            text = uri.IdnHost;
        }
        else if (text.Count(c => c == ':') == 1)
        {
            text = text[..text.IndexOf(':', StringComparison.Ordinal)];
        }

        return text.TrimStart('.').TrimEnd('/').ToLowerInvariant();
    }
}
