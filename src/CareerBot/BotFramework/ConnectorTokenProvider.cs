using CareerBot.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// The bot's client-credentials token for the Bot Connector (scope <c>https://api.botframework.com/.default</c>),
/// fetched from the tenant's token endpoint, reused until five minutes before it expires, and fetched by one
/// caller at a time so a burst of replies asks once.
/// </summary>
public sealed class ConnectorTokenProvider(
    BotCredentials credentials, IOptions<BotFrameworkOptions> options, IHttpClientFactory clients, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _cached;

    /// <summary>A token for the Connector; <paramref name="forceRefresh"/> after the Connector refused the last one.</summary>
    public async Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var seen = _cached;
        if (!forceRefresh && seen is { } fresh && time.GetUtcNow() < fresh.RenewAt)
        {
            return fresh.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller renewed it while we waited.
            if (_cached is { } renewed && !Equals(renewed, seen) && time.GetUtcNow() < renewed.RenewAt)
            {
                return renewed.Token;
            }

            var (token, lifetime) = await RequestAsync(cancellationToken);
            var margin = lifetime > 2 * RefreshMargin ? RefreshMargin : lifetime / 2;
            _cached = (token, time.GetUtcNow() + lifetime - margin);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        if (credentials.AppId is null || credentials.Password is null)
        {
            throw new InvalidOperationException("MicrosoftAppId and MicrosoftAppPassword are needed to call the Bot Connector.");
        }

        using var http = clients.CreateClient(nameof(ConnectorTokenProvider));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.AppId,
            ["client_secret"] = credentials.Password,
            ["scope"] = BotCredentials.ConnectorScope,
        });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectorTimeout);
        using var response = await http.PostAsync(credentials.TokenEndpoint(options.Value.TokenEndpoint), form, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.TokenResponse, timeout.Token);
        if (string.IsNullOrEmpty(body?.AccessToken))
        {
            throw new HttpRequestException("The token endpoint answered without an access_token.");
        }

        return (body.AccessToken, TimeSpan.FromSeconds(Math.Max(body.ExpiresIn ?? 3600, 60)));
    }

    public void Dispose() => _gate.Dispose();
}
