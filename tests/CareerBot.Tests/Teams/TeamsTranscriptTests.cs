using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Feedback;
using CareerBot.Pipeline;
using CareerBot.Tests.BotFramework;
using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Teams;

/// <summary>Conversations in Teams, end to end: a real token in, the reply out to a fake Bot Connector.</summary>
public sealed class TeamsTranscriptTests(SecuredBotFixture fixture) : IClassFixture<SecuredBotFixture>
{
    private string ServiceUrl => fixture.Connector.ServiceUrl;

    [Fact]
    public async Task APersonalChatQuestionIsAnsweredWithAnAdaptiveCard()
    {
        var question = TeamsActivities.Personal("How much does a machine learning engineer earn?", ServiceUrl);

        await Post(question);
        var reply = (await fixture.Connector.NextMessageAsync()).Activity;

        var card = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Equal("1.5", (string?)card.Card()["version"]);
        Assert.True(string.IsNullOrEmpty(reply.Text), "Teams splits text + card into two messages, so the card carries the text");
        Assert.Equal("answer", reply.Kind());
        Assert.Contains(reply.Entities!, e => e.Type == "https://schema.org/Message");
        var actions = card.Card()["actions"]!.Children();
        Assert.Contains(actions, a => (string?)a!["type"] == "Action.Execute" && (string?)a["verb"] == "feedback");
        Assert.Contains(card.Card()["body"]!.Children(), b => ((string?)b!["text"] ?? "").Contains('$', StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChannelMessageThatMentionsTheBotIsAnsweredInItsThread()
    {
        var question = TeamsActivities.Channel("do I need a PhD?", ServiceUrl, mention: true);

        await Post(question);
        var call = await fixture.Connector.NextMessageAsync();

        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(question.Conversation!.Id!)}/activities/{question.Id}", call.Path);
        Assert.Contains(";messageid=", call.Activity.Conversation!.Id, StringComparison.Ordinal);
        Assert.Equal("phd-needed", call.Activity.EntryId());
    }

    [Fact]
    public async Task AChannelMessageWithoutAMentionGetsNoReply()
    {
        var chatter = TeamsActivities.Channel("do I need a PhD?", ServiceUrl, mention: false);
        var addressed = TeamsActivities.Channel("how much do ML engineers earn?", ServiceUrl, mention: true);

        Assert.Equal(HttpStatusCode.OK, (await Post(chatter)).StatusCode);
        await Post(addressed);

        Assert.Equal(addressed.Id, (await fixture.Connector.NextMessageAsync()).Activity.ReplyToId);
    }

    [Fact]
    public async Task InAGroupChatFollowUpsAreCardButtonsNotSuggestedActions()
    {
        await Post(TeamsActivities.GroupChat("help", ServiceUrl));
        var reply = (await fixture.Connector.NextMessageAsync()).Activity;

        Assert.Null(reply.SuggestedActions);
        var actions = Assert.Single(reply.Attachments!).Card()["actions"]!.Children().ToList();
        Assert.InRange(actions.Count, 1, 3);
        Assert.All(actions, a => Assert.Equal("messageBack", (string?)a!["data"]!["msteams"]!["type"]));
    }

    [Fact]
    public async Task InAPersonalChatAtMostThreeSuggestedActionsAreOffered()
    {
        await Post(TeamsActivities.Personal("help", ServiceUrl));
        var reply = (await fixture.Connector.NextMessageAsync()).Activity;

        Assert.InRange(reply.SuggestedActions!.Actions.Count, 1, 3);
        Assert.Equal("markdown", reply.TextFormat);
        Assert.DoesNotContain("##", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallingTheBotWelcomesTheUserExactlyOnce()
    {
        var (botAdded, installed) = TeamsActivities.Install(ServiceUrl);
        botAdded.Conversation!.Id += "-install";
        installed.Conversation!.Id = botAdded.Conversation.Id;

        var responses = await Task.WhenAll(Post(botAdded), Post(installed));
        await Post(installed);
        var after = TeamsActivities.Personal("do I need a PhD?", ServiceUrl);
        after.Conversation!.Id = botAdded.Conversation.Id;
        await Post(after);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var welcome = (await fixture.Connector.NextMessageAsync()).Activity;
        Assert.Equal("welcome", welcome.Kind());
        Assert.Equal(TeamsActivities.UserId, welcome.Recipient!.Id);
        Assert.Equal(after.Id, (await fixture.Connector.NextMessageAsync()).Activity.ReplyToId);
    }

    [Fact]
    public async Task AFeedbackClickOnTheCardIsAnsweredAndStoredAgainstItsAnswer()
    {
        await Post(TeamsActivities.Personal("which certification should I take first?", ServiceUrl));
        var answer = (await fixture.Connector.NextMessageAsync()).Activity;
        var thumbsUp = answer.Attachments![0].Card()["actions"]!.Children()
            .First(a => (string?)a!["verb"] == "feedback" && (string?)a["data"]!["rating"] == "up")!;

        var response = await Post(TeamsActivities.CardAction(ServiceUrl, "feedback", thumbsUp["data"]!.DeepClone()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        var answerId = (string)answer.AnswerEntity()["answerId"]!;
        var stored = Assert.Single(await Feedback.ForAnswerAsync(answerId, CancellationToken.None));
        Assert.Equal(FeedbackRating.Helpful, stored.Rating);
        Assert.Equal(answer.EntryId(), stored.EntryId);
        Assert.Equal(TeamsActivities.UserId, stored.UserId);
    }

    [Fact]
    public async Task ALikeOnAnAnswerIsStoredAgainstThatAnswer()
    {
        await Post(TeamsActivities.Personal("do I need a PhD?", ServiceUrl));
        var delivered = await fixture.Connector.NextMessageAsync();
        var answerId = (string)delivered.Activity.AnswerEntity()["answerId"]!;
        await DeliveryRecorded(delivered.Id);
        var reaction = TeamsActivities.Personal("", ServiceUrl);
        reaction.Type = "messageReaction";
        reaction.Text = null;
        // A reaction names the message by the id the connector gave it.
        reaction.ReplyToId = delivered.Id;
        reaction.ReactionsAdded = [new MessageReaction("like")];

        Assert.Equal(HttpStatusCode.OK, (await Post(reaction)).StatusCode);

        var stored = Assert.Single(await Feedback.ForAnswerAsync(answerId, CancellationToken.None));
        Assert.Equal(FeedbackRating.Helpful, stored.Rating);
        Assert.Equal("reaction", stored.Via);
    }

    [Fact]
    public async Task AnInvokeNobodyHandlesIsAnswered501()
    {
        var fetch = TeamsActivities.CardAction(ServiceUrl, "x", null);
        fetch.Name = "task/fetch";

        Assert.Equal(HttpStatusCode.NotImplemented, (await Post(fetch)).StatusCode);
        Assert.Equal(HttpStatusCode.NotImplemented, (await Post(TeamsActivities.CardAction(ServiceUrl, "somethingElse", new Newtonsoft.Json.Linq.JObject()))).StatusCode);
    }

    [Fact]
    public async Task TheTenantIsKeptWithTheConversation()
    {
        var question = TeamsActivities.Personal("hi", ServiceUrl);
        question.Conversation!.Id += "-tenant";

        await Post(question);
        await fixture.Connector.NextMessageAsync();

        var state = await fixture.Bot.Services.GetRequiredService<IConversationStateStore>().LoadAsync($"msteams/{question.Conversation.Id}", CancellationToken.None);
        Assert.Equal(TeamsActivities.TenantId, state.State.TenantId);
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("messageUpdate")]
    [InlineData("somethingNew")]
    public async Task OtherActivityTypesAreAcknowledgedAndIgnored(string type)
    {
        var other = TeamsActivities.Personal("do I need a PhD?", ServiceUrl);
        other.Type = type;
        var next = TeamsActivities.Personal("hi", ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, (await Post(other)).StatusCode);
        await Post(next);

        Assert.Equal(next.Id, (await fixture.Connector.NextMessageAsync()).Activity.ReplyToId);
    }

    private IFeedbackStore Feedback => fixture.Bot.Services.GetRequiredService<IFeedbackStore>();

    private Task<HttpResponseMessage> Post(Activity activity) => fixture.Bot.Client.PostAsync(activity, fixture.ChannelToken());

    // The bot learns the message id from the connector's response, a moment after the connector saw the message.
    private async Task DeliveryRecorded(string messageId)
    {
        var log = fixture.Bot.Services.GetRequiredService<SentAnswerLog>();
        for (var wait = 0; wait < 100 && await log.FindAsync("msteams", messageId, default) is null; wait++)
        {
            await Task.Delay(50);
        }
    }
}
