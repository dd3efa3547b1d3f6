using CareerBot.Dialogs;
using CareerBot.Pipeline;

namespace CareerBot.Routes;

/// <summary>The bot's table of contents: what it does with a turn, tried top to bottom.</summary>
public static class BotRoutes
{
    public static RouteTable Build(IServiceProvider services) => new RouteTable()
        .On("not addressed in a channel", UnaddressedChannelMessageRoute.Matches, Create<UnaddressedChannelMessageRoute>(services))
        .On("welcome", WelcomeRoute.Matches, Create<WelcomeRoute>(services))
        .On("end of conversation", EndOfConversationRoute.Matches, Create<EndOfConversationRoute>(services))
        .On("card feedback", CardFeedbackRoute.Matches, Create<CardFeedbackRoute>(services))
        .On("reaction feedback", ReactionFeedbackRoute.Matches, Create<ReactionFeedbackRoute>(services))
        .On("dialog", Dialogs(services).MatchesAsync, Dialogs(services))
        .On("help", HelpRoute.Matches, Create<HelpRoute>(services))
        .On("more", MoreRoute.Matches, Create<MoreRoute>(services))
        .On("answer", AnswerRoute.Matches, Create<AnswerRoute>(services));

    // One instance: the route's condition and its handler are the same object.
    private static DialogRoute Dialogs(IServiceProvider services) => services.GetRequiredService<DialogRoute>();

    private static T Create<T>(IServiceProvider services) => ActivatorUtilities.CreateInstance<T>(services);
}
