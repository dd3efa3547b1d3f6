using CareerBot.BotFramework;
using CareerBot.DirectLine;
using CareerBot.Rendering;
using CareerBot.Storage;
using CareerBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Storage;

/// <summary>
/// Records written before the pipeline ran on Microsoft's Activity (our own System.Text.Json model, camelCase, nulls
/// left out, timestamps as strings) still read: a reply owed to Teams, a dialog turn's recorded replies, a Direct Line
/// conversation.
/// </summary>
public sealed class RecordsFromOurOwnActivityModelTests
{
    // As our own Activity wrote a Teams answer: entities and card content as plain JSON objects.
    private const string OldReply = """
        {"type":"message","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"28:bot","name":"CareerBot"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"t-1"},
         "recipient":{"id":"29:user","name":"Megan Bowen","aadObjectId":"7faf"},"textFormat":"markdown","locale":"en-US",
         "text":"No, a PhD is not required.","suggestedActions":{"actions":[{"type":"imBack","title":"Tell me more","value":"Tell me more"}]},
         "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[]}}],
         "entities":[{"type":"careerbot.answer","kind":"answer","id":"phd-needed","answerId":"ans-0123456789abcdef","score":0.912}],
         "replyToId":"1712345678901"}
        """;

    [Fact]
    public async Task AReplyOwedToTeamsIsStillSent()
    {
        var store = TestStores.Open("Sqlite", TestDatabases.NewSqlite());
        await store.WriteAsync(RecordKinds.Outbox, "old-entry", null, $"[{OldReply}]", 0, CancellationToken.None);

        var entry = Assert.Single(await new ReplyOutbox(store).ClaimStaleAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));

        var reply = Assert.Single(entry.Replies);
        Assert.Equal("No, a PhD is not required.", reply.Text);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reply.ServiceUrl);
        Assert.Equal("a:1", reply.Conversation.Id);
        Assert.Equal("1712345678901", reply.ReplyToId);
        Assert.Equal("ans-0123456789abcdef", ReplyEntities.AnswerIdOf(reply));
        Assert.Equal("phd-needed", ReplyEntities.EntryIdOf(reply));
        Assert.Equal("Tell me more", (string?)Assert.Single(reply.SuggestedActions.Actions).Value);
        Assert.Equal("1.5", (string?)Assert.Single(reply.Attachments).Card()["version"]);
    }

    [Fact]
    public async Task ARecordedDialogTurnStillReplaysItsReplies()
    {
        var store = TestStores.Open("Sqlite", TestDatabases.NewSqlite());
        var state = "{\"welcomedUsers\":[\"29:user\"],\"lastDialogTurn\":{\"activityId\":\"1712345678901\",\"text\":\"no\",\"replies\":[" + OldReply + "]}}";
        await store.WriteAsync(RecordKinds.Conversation, "msteams/a:1", "29:user", state, 0, CancellationToken.None);

        var loaded = await new StoredConversationStateStore(store).LoadAsync("msteams/a:1", CancellationToken.None);

        var reply = Assert.Single(loaded.State.LastDialogTurn!.Replies);
        Assert.Equal("No, a PhD is not required.", reply.Text);
        Assert.Equal("ans-0123456789abcdef", ReplyEntities.AnswerIdOf(reply));
        Assert.Contains("29:user", loaded.State.WelcomedUsers);
    }

    [Fact]
    public async Task ADirectLineConversationStillServesItsActivities()
    {
        var store = TestStores.Open("Sqlite", TestDatabases.NewSqlite());
        var record = """
            {"channelId":"webchat","userId":"u1","started":true,"sequence":2,"lastTimestamp":1764842400124,"activities":[
             {"sequence":1,"activity":{"type":"message","id":"c1|0000001","timestamp":"2026-12-04T10:00:00.123Z","channelId":"webchat",
              "from":{"id":"u1","name":"Una","role":"user"},"conversation":{"id":"c1"},"recipient":{"id":"careerbot","name":"CareerBot","role":"bot"},
              "text":"do I need a PhD?","channelData":{"clientActivityID":"client-7"}}},
             {"sequence":2,"activity":{"type":"message","id":"c1|0000002","timestamp":"2026-12-04T10:00:00.124Z","channelId":"webchat",
              "from":{"id":"careerbot","name":"CareerBot","role":"bot"},"conversation":{"id":"c1"},"recipient":{"id":"u1","name":"Una","role":"user"},
              "text":"No, a PhD is not required.","replyToId":"c1|0000001"}}]}
            """;
        await store.WriteAsync(RecordKinds.DirectLineConversation, "c1", "u1", record, 0, CancellationToken.None);
        var conversations = new DirectLineConversationStore(store, new InProcessChangeFeed(), Options.Create(new DirectLineOptions()), TimeProvider.System);

        var conversation = await conversations.FindAsync("c1", CancellationToken.None);
        var (activities, watermark) = conversation!.After(1);

        Assert.Equal(2, watermark);
        var reply = Assert.Single(activities);
        Assert.Equal("No, a PhD is not required.", reply.GetProperty("text").GetString());
        Assert.Equal("c1|0000001", reply.GetProperty("replyToId").GetString());
        // The next turn appends after the old activities and keeps them as they were.
        var updated = await conversations.AppendAsync(conversation, [new Microsoft.Bot.Schema.Activity { Type = "message", Text = "thanks" }], CancellationToken.None);
        Assert.Equal("client-7", updated.After(0).Activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("c1|0000003", updated.After(2).Activities[0].GetProperty("id").GetString());
    }
}
