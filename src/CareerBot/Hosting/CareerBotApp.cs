using CareerBot.BotFramework;
using CareerBot.Dialogs;
using CareerBot.DirectLine;
using CareerBot.Widget;

namespace CareerBot.Hosting;

/// <summary>The web host, feature by feature: each <c>AddXxx</c> has its <c>MapXxx</c>.</summary>
public static class CareerBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json is read at start and not watched: the watcher covers the whole content root, data/
        // included, and woke on every write of the SQLite file (a fifth of the turns/s, twice the p99 under load).
        // A later argument or DOTNET_ variable can still turn reloading back on.
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        builder.Configuration.AddLoggingDefaults();
        configure?.Invoke(builder);
        // JSON lines for log collectors outside development; Logging:Console:FormatterName picks another.
        if (!builder.Environment.IsDevelopment() && string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            builder.Logging.AddJsonConsole();
        }

        builder.Services.AddCareerBot(builder.Configuration);
        builder.Services.AddEdgeLimits(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);

        var app = builder.Build();
        app.UseEdgeLimits();
        app.MapHealth();
        app.MapBotFramework();
        app.MapDialogs();
        app.MapDirectLine();
        app.MapWidget();
        return app;
    }
}
