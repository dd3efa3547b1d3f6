namespace CareerBot.BotFramework;

/// <summary>
/// The bot's Entra identity, under the configuration names Azure Bot deployments already use:
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>.
/// Without an app id the bot runs in local development mode: no inbound authentication, no outbound token.
/// </summary>
public sealed record BotCredentials(string? AppType, string? AppId, string? Password, string? TenantId)
{
    public const string ConnectorScope = "https://api.botframework.com/.default";

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>A user-assigned managed identity: outbound tokens come from Azure's identity endpoint, not from a password.</summary>
    public bool IsManagedIdentity => string.Equals(AppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Multi-tenant only when asked for, or when no tenant is named (the legacy registrations);
    /// Azure has created single-tenant bots only since July 2025.
    /// </summary>
    public bool IsMultiTenant => string.Equals(AppType, "MultiTenant", StringComparison.OrdinalIgnoreCase)
        || (string.IsNullOrWhiteSpace(AppType) && string.IsNullOrWhiteSpace(TenantId));

    public static BotCredentials From(IConfiguration configuration) => new(
        Blank(configuration["MicrosoftAppType"]),
        Blank(configuration["MicrosoftAppId"]),
        Blank(configuration["MicrosoftAppPassword"]),
        Blank(configuration["MicrosoftAppTenantId"]));

    /// <summary>The token endpoint: the configured one (a <c>{tenant}</c> in it is filled in), else Entra's for the app's tenant.</summary>
    public Uri TokenEndpoint(string? configured)
    {
        var tenant = IsMultiTenant ? "botframework.com" : TenantId ?? "botframework.com";
        var endpoint = string.IsNullOrWhiteSpace(configured)
            ? "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
            : configured;
        return new Uri(endpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.OrdinalIgnoreCase));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
