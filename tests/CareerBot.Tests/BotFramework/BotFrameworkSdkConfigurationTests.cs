using CareerBot.BotFramework;
using CareerBot.Hosting;
using CareerBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.BotFramework;

/// <summary>Our setting names keep working under the SDK: each is read by the SDK under its own key.</summary>
public sealed class BotFrameworkSdkConfigurationTests
{
    [Theory]
    [InlineData("BotFramework:OpenIdMetadataUrl", "https://keys.example/channel", "ToBotFromChannelOpenIdMetadataUrl", "https://keys.example/channel")]
    [InlineData("BotFramework:EntraOpenIdMetadataUrl", "https://keys.example/entra", "ToBotFromEmulatorOpenIdMetadataUrl", "https://keys.example/entra")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "https://keys.example/sdk", "ToBotFromChannelOpenIdMetadataUrl", "https://keys.example/sdk")]
    [InlineData("MicrosoftAppTenantId", "tenant-1", "MicrosoftAppType", "SingleTenant")]
    [InlineData("MicrosoftAppId", "app-1", "MicrosoftAppType", "MultiTenant")]
    [InlineData("MicrosoftAppId", "app-1", "ToBotFromChannelOpenIdMetadataUrl", "https://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("MicrosoftAppId", "app-1", "ToBotFromChannelTokenIssuer", "https://api.botframework.com")]
    [InlineData("MicrosoftAppId", "app-1", "ToChannelFromBotOAuthScope", "https://api.botframework.com")]
    public void OurSettingIsReadByTheSdkUnderItsOwnKey(string ourKey, string value, string sdkKey, string expected)
    {
        var ours = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ourKey] = value }).Build();

        Assert.Equal(expected, BotFrameworkSdkConfiguration.From(ours)[sdkKey]);
    }

    [Fact]
    public void AnAppTypeSetExplicitlyWins()
    {
        var ours = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["MicrosoftAppType"] = "UserAssignedMSI",
        }).Build();

        Assert.Equal("UserAssignedMSI", BotFrameworkSdkConfiguration.From(ours)["MicrosoftAppType"]);
    }

    [Fact]
    public void ASingleTenantAppWithoutAPasswordStopsTheAppAtStartWithTheReason()
    {
        var error = Assert.Throws<ArgumentException>(() => CareerBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["Knowledge:Path"] = RepositoryPaths.Knowledge;
            builder.Configuration["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite();
            builder.Configuration["MicrosoftAppId"] = SecuredBot.AppId;
            builder.Configuration["MicrosoftAppTenantId"] = "tenant-1";
            builder.Logging.ClearProviders();
        }));

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }
}
