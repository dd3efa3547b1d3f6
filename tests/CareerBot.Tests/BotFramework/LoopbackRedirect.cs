namespace CareerBot.Tests.BotFramework;

/// <summary>
/// Sends requests for Microsoft's login and identity hosts to the loopback fakes standing in for them. The SDK's
/// token client (MSAL) only accepts an https authority, so the bot keeps asking the real addresses and this
/// handler, on the bot's login HTTP client, carries the real HTTP exchange to loopback instead.
/// </summary>
public sealed class LoopbackRedirect(IReadOnlyDictionary<string, Uri> hosts) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && hosts.TryGetValue(uri.Host, out var target))
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
