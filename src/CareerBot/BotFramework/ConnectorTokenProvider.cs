using CareerBot.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// The bot's token for the Bot Connector (scope <c>https://api.botframework.com/.default</c>): with a password,
/// client credentials at the tenant's token endpoint; with a user-assigned managed identity, from Azure's
/// identity endpoint. Reused until five minutes before it expires, and fetched by one caller at a time so a
/// burst of replies asks once.
/// </summary>
public sealed class ConnectorTokenProvider(
    BotCredentials credentials, IOptions<BotFrameworkOptions> options, IConfiguration configuration, IHttpClientFactory clients, TimeProvider time)
    : IDisposable
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

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken) =>
        credentials.IsManagedIdentity ? await RequestFromManagedIdentityAsync(cancellationToken) : await RequestWithPasswordAsync(cancellationToken);

    private async Task<(string Token, TimeSpan Lifetime)> RequestFromManagedIdentityAsync(CancellationToken cancellationToken)
    {
        if (credentials.AppId is null)
        {
            throw new InvalidOperationException("MicrosoftAppId (the managed identity's client id) is needed to call the Bot Connector.");
        }

        using var http = clients.CreateClient(nameof(ConnectorTokenProvider));
        using var request = ManagedIdentityTokenRequest.Create(
            credentials.AppId, configuration["IDENTITY_ENDPOINT"], configuration["IDENTITY_HEADER"], options.Value.ManagedIdentityEndpoint);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectorTimeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The managed-identity endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        try
        {
            using var body = await System.Text.Json.JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token), default, timeout.Token);
            return ManagedIdentityTokenRequest.Read(body.RootElement, time.GetUtcNow());
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new HttpRequestException("The managed-identity endpoint answered with something other than JSON.", e);
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestWithPasswordAsync(CancellationToken cancellationToken)
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
