using System.Net;
using CareerBot.Feedback;
using CareerBot.Tests.BotFramework;
using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Teams;

/// <summary>A 👍 given after the bot restarted (or reaching another instance) still finds the answer its message carried.</summary>
public sealed class ReactionAfterRestartTests
{
    [Fact]
    public async Task ALikeAfterARestartIsStoredAgainstTheAnswerTheMessageCarried()
    {
        await using var fakes = await BotConnectorFakes.StartAsync("msteams");
        var connector = fakes.Connector;
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite() };

        string answerId, messageId;
        await using (var before = await fakes.StartBotAsync(settings))
        {
            await before.Client.PostAsync(TeamsActivities.Personal("do I need a PhD?", connector.ServiceUrl), fakes.ChannelToken());
            var delivered = await connector.NextMessageAsync();
            (answerId, messageId) = ((string)delivered.Activity.AnswerEntity()["answerId"]!, delivered.Id);
            var sent = before.Services.GetRequiredService<SentAnswerLog>();
            for (var wait = 0; wait < 100 && await sent.FindAsync("msteams", messageId, default) is null; wait++)
            {
                await Task.Delay(50);
            }
        }

        await using var after = await fakes.StartBotAsync(settings);
        var reaction = TeamsActivities.Personal("", connector.ServiceUrl);
        reaction.Type = "messageReaction";
        reaction.Text = null;
        reaction.ReplyToId = messageId;
        reaction.ReactionsAdded = [new MessageReaction("like")];

        Assert.Equal(HttpStatusCode.OK, (await after.Client.PostAsync(reaction, fakes.ChannelToken())).StatusCode);
        var stored = Assert.Single(await after.Services.GetRequiredService<IFeedbackStore>().ForAnswerAsync(answerId, CancellationToken.None));
        Assert.Equal(FeedbackRating.Helpful, stored.Rating);
        Assert.Equal("reaction", stored.Via);
    }
}
