using Microsoft.Extensions.Configuration.Memory;

namespace CareerBot.Hosting;

/// <summary>
/// Log levels that hold wherever the app is started from. <c>appsettings.json</c> is read from the content
/// root, which for a published app is the working directory: started from anywhere else it is not found, and
/// ASP.NET's six Information lines per request (a third of the throughput) came back. These defaults sit
/// below every other source, so <c>appsettings.json</c>, environment variables and arguments still win.
/// </summary>
public static class LoggingDefaults
{
    public static void AddLoggingDefaults(this ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
                // The Bot Framework SDK's adapter logs "ProcessActivityAsync" at Information on every turn.
                ["Logging:LogLevel:CareerBot.BotFramework.BotConnectorAdapter"] = "Warning",
            },
        });
}
