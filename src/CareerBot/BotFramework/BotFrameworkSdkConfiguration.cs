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
        // A named national cloud brings its own built-in values.
        if (!string.IsNullOrWhiteSpace(configuration["ChannelService"]))
        {
            return configuration;
        }

        var options = configuration.GetSection("BotFramework").Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();
        // The SDK uses its parameterized cloud as soon as one of these is set, and then needs every one of them:
        // the public cloud's values fill in whatever is not configured.
        var mapped = new Dictionary<string, string?>
        {
            ["ToBotFromChannelOpenIdMetadataUrl"] = options.OpenIdMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = options.EntraOpenIdMetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = AuthenticationConstants.ToBotFromChannelTokenIssuer,
            ["ToChannelFromBotLoginUrl"] = AuthenticationConstants.ToChannelFromBotLoginUrlTemplate,
            ["ToChannelFromBotOAuthScope"] = AuthenticationConstants.ToChannelFromBotOAuthScope,
            ["OAuthUrl"] = AuthenticationConstants.OAuthUrl,
            ["CallerId"] = Microsoft.Bot.Schema.CallerIdConstants.PublicAzureChannel,
        };
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
