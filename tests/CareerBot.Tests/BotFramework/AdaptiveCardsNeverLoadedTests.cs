using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using CareerBot.Tests.Teams;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// Microsoft.Bot.Schema declares a dependency on AdaptiveCards, which our package registry does not serve, so the
/// app ships without it (src/CareerBot/BotFrameworkSdk.props). These tests fail if anything the app runs asks
/// the runtime for that assembly: a load that fails raises <see cref="AppDomain.AssemblyResolve"/>.
/// One class, so its tests run one after another and only the second one asks for the assembly.
/// </summary>
public sealed class AdaptiveCardsNeverLoadedTests
{
    [Fact]
    public async Task TurnsThroughTheSdkNeverAskForAdaptiveCards()
    {
        var asked = new ConcurrentBag<string>();
        ResolveEventHandler record = RecordAdaptiveCards(asked);
        AppDomain.CurrentDomain.AssemblyResolve += record;
        try
        {
            await using var fakes = await BotConnectorFakes.StartAsync("msteams");
            await using var bot = await fakes.StartBotAsync();
            var serviceUrl = fakes.Connector.ServiceUrl;

            // An answer with its Adaptive Card, over the Connector; the same question with expectReplies; the install's
            // welcome; and the card's feedback invoke: every kind of turn the SDK carries for Teams.
            Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(TeamsActivities.Personal("how much do ML engineers earn?", serviceUrl), fakes.ChannelToken())).StatusCode);
            Assert.NotNull((await fakes.Connector.NextMessageAsync()).Activity.Attachments);
            var expectReplies = TeamsActivities.Personal("which certification should I take first?", serviceUrl);
            expectReplies.DeliveryMode = "expectReplies";
            Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(expectReplies, fakes.ChannelToken())).StatusCode);
            var (botAdded, _) = TeamsActivities.Install(serviceUrl);
            Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(botAdded, fakes.ChannelToken())).StatusCode);
            var feedback = TeamsActivities.CardAction(serviceUrl, "feedback", new Newtonsoft.Json.Linq.JObject { ["careerbot"] = "feedback", ["answerId"] = "ans-1", ["rating"] = "up" });
            Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(feedback, fakes.ChannelToken())).StatusCode);
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyResolve -= record;
        }

        Assert.Empty(asked);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "AdaptiveCards");
    }

    [Fact]
    public void TheCheckSeesARequestForAdaptiveCards()
    {
        var asked = new ConcurrentBag<string>();
        ResolveEventHandler record = RecordAdaptiveCards(asked);
        AppDomain.CurrentDomain.AssemblyResolve += record;
        try
        {
            Assert.Throws<FileNotFoundException>(() => Assembly.Load("AdaptiveCards"));
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyResolve -= record;
        }

        Assert.Single(asked);
    }

    private static ResolveEventHandler RecordAdaptiveCards(ConcurrentBag<string> asked) => (_, args) =>
    {
        if (args.Name.StartsWith("AdaptiveCards", StringComparison.OrdinalIgnoreCase))
        {
            asked.Add(args.Name);
        }

        return null;
    };
}
