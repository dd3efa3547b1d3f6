using CareerBot.BotFramework;
using CareerBot.Storage;
using CareerBot.Tests.Storage;
using CareerBot.Tests.Support;
using CareerBot.Tests.Teams;
using Microsoft.Bot.Schema;

namespace CareerBot.Tests.BotFramework;

/// <summary>
/// A Teams turn's replies are saved before the channel hears 200 and deleted once delivered; replies an instance
/// saved but never sent (it was killed) are sent by the next instance on the same store.
/// </summary>
public sealed class ReplyOutboxTests
{
    [Fact]
    public async Task DeliveredRepliesLeaveNothingInTheOutbox()
    {
        await using var fakes = await BotConnectorFakes.StartAsync("msteams");
        var database = TestDatabases.NewSqlite();
        await using var bot = await fakes.StartBotAsync(new Dictionary<string, string?> { ["ConnectionStrings:CareerBot"] = database });

        await bot.Client.PostAsync(TeamsActivities.Personal("do I need a PhD?", fakes.Connector.ServiceUrl), fakes.ChannelToken());
        var delivered = await fakes.Connector.NextMessageAsync();

        Assert.Contains("PhD", delivered.Activity.Text ?? delivered.Activity.Attachments?[0].Text(), StringComparison.Ordinal);
        Assert.True(await OutboxEmptiesAsync(TestStores.Open("Sqlite", database)), "the delivered reply is still in the outbox");
    }

    [Fact]
    public async Task RepliesAnInstanceSavedButNeverSentAreSentByTheNextOne()
    {
        await using var fakes = await BotConnectorFakes.StartAsync("msteams");
        var database = TestDatabases.NewSqlite();
        var store = TestStores.Open("Sqlite", database);
        // What an instance killed right after answering 200 leaves behind: the turn's reply, saved and unsent.
        var question = TeamsActivities.Personal("do I need a PhD?", fakes.Connector.ServiceUrl);
        var owed = new Activity
        {
            Type = "message", Text = "Owed since the crash.", ChannelId = question.ChannelId, ServiceUrl = question.ServiceUrl,
            Conversation = question.Conversation, From = question.Recipient, Recipient = question.From, ReplyToId = question.Id,
        };
        await new ReplyOutbox(store).AddAsync([owed], default);

        await using var bot = await fakes.StartBotAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CareerBot"] = database,
            ["BotFramework:OutboxRedeliverAfter"] = "00:00:00.400",
        });
        var delivered = await fakes.Connector.NextMessageAsync();

        Assert.Equal("Owed since the crash.", delivered.Activity.Text);
        Assert.Equal(question.Conversation!.Id, delivered.Activity.Conversation?.Id);
        Assert.True(await OutboxEmptiesAsync(store), "the sent reply is still in the outbox");
    }

    private static async Task<bool> OutboxEmptiesAsync(IRecordStore store)
    {
        for (var wait = 0; wait < 100; wait++)
        {
            if ((await store.ListAsync(RecordKinds.Outbox, "", default)).Count == 0)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
