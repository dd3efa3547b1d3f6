namespace CareerBot.BotFramework;

/// <summary>
/// The bot's Entra identity, under the configuration names Azure Bot deployments and Microsoft's SDK use:
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>.
/// The SDK reads them itself; the edge needs to know whether there is an app id at all, and the tenant.
/// Without an app id the bot runs in local development mode: no inbound authentication, no outbound token.
/// </summary>
public sealed record BotCredentials(string? AppId, string? TenantId)
{
    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    public static BotCredentials From(IConfiguration configuration) => new(
        Blank(configuration["MicrosoftAppId"]),
        Blank(configuration["MicrosoftAppTenantId"]));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
