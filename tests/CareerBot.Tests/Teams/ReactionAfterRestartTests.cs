using System.Net;
using System.Text.Json.Nodes;
using CareerBot.Feedback;
using CareerBot.Tests.BotFramework;
using CareerBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Teams;

/// <summary>A 👍 given after the bot restarted (or reaching another instance) still finds the answer its message carried.</summary>
public sealed class ReactionAfterRestartTests
{
    [Fact]
    public async Task ALikeAfterARestartIsStoredAgainstTheAnswerTheMessageCarried()
    {
        await using var issuer = await TestIssuer.StartAsync();
        await using var connector = await ScriptedConnector.StartAsync();
        var key = issuer.Publish(TestIssuer.NewKey("restart-key"), "msteams");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CareerBot"] = TestDatabases.NewSqlite() };
        string Token() => issuer.Token(key, new Dictionary<string, object> { ["serviceurl"] = connector.ServiceUrl }, audience: SecuredBot.AppId);

        string answerId, messageId;
        await using (var before = await SecuredBot.StartAsync(issuer, connector, settings))
        {
            await before.Client.PostAsync(TeamsActivities.Personal("do I need a PhD?", connector.ServiceUrl), Token());
            var delivered = await connector.NextMessageAsync();
            (answerId, messageId) = ((string)delivered.Activity.AnswerEntity()["answerId"]!, delivered.Id);
            var sent = before.Services.GetRequiredService<SentAnswerLog>();
            for (var wait = 0; wait < 100 && await sent.FindAsync("msteams", messageId, default) is null; wait++)
            {
                await Task.Delay(50);
            }
        }

        await using var after = await SecuredBot.StartAsync(issuer, connector, settings);
        var reaction = TeamsActivities.Personal("", connector.ServiceUrl);
        reaction.Type = "messageReaction";
        reaction.Text = null;
        reaction.ReplyToId = messageId;
        reaction.ReactionsAdded = [new JsonObject { ["type"] = "like" }];

        Assert.Equal(HttpStatusCode.OK, (await after.Client.PostAsync(reaction, Token())).StatusCode);
        var stored = Assert.Single(await after.Services.GetRequiredService<IFeedbackStore>().ForAnswerAsync(answerId, CancellationToken.None));
        Assert.Equal(FeedbackRating.Helpful, stored.Rating);
        Assert.Equal("reaction", stored.Via);
    }
}
