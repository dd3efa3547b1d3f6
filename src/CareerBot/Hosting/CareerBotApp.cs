using CareerBot.BotFramework;

namespace CareerBot.Hosting;

/// <summary>The web host, feature by feature: each <c>AddXxx</c> has its <c>MapXxx</c>.</summary>
public static class CareerBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddCareerBot(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);

        var app = builder.Build();
        app.MapHealth();
        app.MapBotFramework();
        return app;
    }
}
