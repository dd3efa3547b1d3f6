using System.Globalization;
using System.Text.Json;

namespace CareerBot.BotFramework;

/// <summary>
/// A token for the Bot Connector from Azure's managed-identity endpoint, for bots registered with
/// <c>MicrosoftAppType=UserAssignedMSI</c> (no password: <c>MicrosoftAppId</c> is the identity's client id).
/// On App Service and Container Apps the platform sets <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c>;
/// elsewhere in Azure (VMs, AKS nodes) the instance metadata service answers on a fixed link-local address.
/// Both take the resource without <c>/.default</c> and name a user-assigned identity by <c>client_id</c>.
/// </summary>
public static class ManagedIdentityTokenRequest
{
    public const string Resource = "https://api.botframework.com";
    public const string DefaultInstanceMetadataEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <param name="clientId">The user-assigned identity's client id (<c>MicrosoftAppId</c>).</param>
    /// <param name="identityEndpoint">App Service's <c>IDENTITY_ENDPOINT</c>, when set.</param>
    /// <param name="identityHeader">App Service's <c>IDENTITY_HEADER</c>, when set.</param>
    /// <param name="instanceMetadataEndpoint">The instance metadata service's token address (configurable for tests).</param>
    public static HttpRequestMessage Create(string clientId, string? identityEndpoint, string? identityHeader, string instanceMetadataEndpoint)
    {
        var query = $"resource={Uri.EscapeDataString(Resource)}&client_id={Uri.EscapeDataString(clientId)}";
        if (!string.IsNullOrWhiteSpace(identityEndpoint) && !string.IsNullOrWhiteSpace(identityHeader))
        {
            var appService = new HttpRequestMessage(HttpMethod.Get, $"{identityEndpoint}?api-version=2019-08-01&{query}");
            appService.Headers.Add("X-IDENTITY-HEADER", identityHeader);
            return appService;
        }

        var instanceMetadata = new HttpRequestMessage(HttpMethod.Get, $"{instanceMetadataEndpoint}?api-version=2018-02-01&{query}");
        // The metadata service refuses requests without it, so a server-side request forgery cannot fetch tokens.
        instanceMetadata.Headers.Add("Metadata", "true");
        return instanceMetadata;
    }

    /// <summary>
    /// The token and how long it lasts. The two services differ: the metadata service gives <c>expires_in</c>,
    /// App Service only <c>expires_on</c> (Unix seconds); both send the numbers as strings.
    /// </summary>
    public static (string Token, TimeSpan Lifetime) Read(JsonElement body, DateTimeOffset now)
    {
        var token = body.TryGetProperty("access_token", out var value) ? value.GetString() : null;
        if (string.IsNullOrEmpty(token))
        {
            throw new HttpRequestException("The managed-identity endpoint answered without an access_token.");
        }

        TimeSpan lifetime;
        if (Number(body, "expires_in") is { } seconds)
        {
            lifetime = TimeSpan.FromSeconds(seconds);
        }
        else if (Number(body, "expires_on") is { } expiresOn)
        {
            lifetime = DateTimeOffset.FromUnixTimeSeconds(expiresOn) - now;
        }
        else
        {
            lifetime = TimeSpan.FromHours(1);
        }

        return (token, lifetime < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : lifetime);
    }

    private static long? Number(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number
        : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;
}
