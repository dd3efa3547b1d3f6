using Microsoft.Bot.Connector.Authentication;

namespace CareerBot.BotFramework;

/// <summary>
/// The configuration Microsoft's <c>ConfigurationBotFrameworkAuthentication</c> reads, built from ours. The app's
/// identity (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>)
/// already has the SDK's names. Our <c>BotFramework:OpenIdMetadataUrl</c> and <c>BotFramework:EntraOpenIdMetadataUrl</c>
/// become the SDK's <c>ToBotFromChannelOpenIdMetadataUrl</c> and <c>ToBotFromEmulatorOpenIdMetadataUrl</c>; an SDK key
/// set directly wins.
/// </summary>
public static class BotFrameworkSdkConfiguration
{
    public static IConfiguration From(IConfiguration configuration)
    {
        var mapped = new Dictionary<string, string?>
        {
            // As before the SDK: a named tenant means a single-tenant app unless the type says otherwise
            // (the SDK alone would take every app without a type for a legacy multi-tenant one).
            ["MicrosoftAppType"] = string.IsNullOrWhiteSpace(configuration["MicrosoftAppTenantId"]) ? "MultiTenant" : "SingleTenant",
        };

        // A named national cloud brings its own built-in values.
        if (string.IsNullOrWhiteSpace(configuration["ChannelService"]))
        {
            var options = configuration.GetSection("BotFramework").Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();
            // The SDK uses its parameterized cloud as soon as one of these is set, and then needs every one of them:
            // the public cloud's values fill in whatever is not configured.
            mapped["ToBotFromChannelOpenIdMetadataUrl"] = options.OpenIdMetadataUrl;
            mapped["ToBotFromEmulatorOpenIdMetadataUrl"] = options.EntraOpenIdMetadataUrl;
            mapped["ToBotFromChannelTokenIssuer"] = AuthenticationConstants.ToBotFromChannelTokenIssuer;
            mapped["ToChannelFromBotLoginUrl"] = AuthenticationConstants.ToChannelFromBotLoginUrlTemplate;
            mapped["ToChannelFromBotOAuthScope"] = AuthenticationConstants.ToChannelFromBotOAuthScope;
            mapped["OAuthUrl"] = AuthenticationConstants.OAuthUrl;
            mapped["CallerId"] = Microsoft.Bot.Schema.CallerIdConstants.PublicAzureChannel;
        }

        foreach (var key in mapped.Keys.ToList())
        {
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                mapped[key] = configuration[key];
            }
        }

        return new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(mapped).Build();
    }
}
