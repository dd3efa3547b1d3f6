using CareerBot.Pipeline;

namespace CareerBot.Routes;

/// <summary>The bot's table of contents: what it does with a turn, tried top to bottom.</summary>
public static class BotRoutes
{
    public static RouteTable Build(IServiceProvider services) => new RouteTable()
        .On("welcome", WelcomeRoute.Matches, Create<WelcomeRoute>(services))
        .On("help", HelpRoute.Matches, Create<HelpRoute>(services))
        .On("more", MoreRoute.Matches, Create<MoreRoute>(services))
        .On("answer", AnswerRoute.Matches, Create<AnswerRoute>(services));

    private static T Create<T>(IServiceProvider services) => ActivatorUtilities.CreateInstance<T>(services);
}
