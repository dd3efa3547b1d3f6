namespace CareerBot.Tests.Support;

/// <summary>
/// One bot for all tests of a class: loading the guide once keeps the suite quick. It is handed out once its
/// understanding has loaded (the model, and the dialogs' and choices' examples), as a user meets it after start-up,
/// so no test's outcome depends on how fast the background load was.
/// </summary>
public sealed class InProcessBotFixture
{
    private static readonly Lazy<InProcessBot> Shared = new(() =>
    {
        var bot = new InProcessBot();
        var guide = bot.Guide.Guide;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(guide.Intents.Ready && guide.Choices.Ready) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        return bot;
    });

    public static InProcessBot Bot => Shared.Value;
}
