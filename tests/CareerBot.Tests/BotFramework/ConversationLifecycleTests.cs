using System.Net;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.BotFramework;

/// <summary>Activities other than questions, in local development mode (no app id, no token).</summary>
public sealed class ConversationLifecycleTests : IAsyncLifetime
{
    private LoopbackBot _bot = null!;

    public async Task InitializeAsync() => _bot = await LoopbackBot.StartAsync(new Dictionary<string, string?> { ["BotFramework:TypingDelay"] = "00:00:00" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task EndOfConversationForgetsWhatWasBeingDiscussed()
    {
        var kept = await AskThenTellMeMore("conv-kept", end: false);
        var ended = await AskThenTellMeMore("conv-ended", end: true);

        Assert.Equal("phd-needed", kept);
        Assert.NotEqual("phd-needed", ended);
    }

    [Fact]
    public async Task ATypingIndicatorGoesOutBeforeTheAnswer()
    {
        await using var connector = await FakeConnector.StartAsync();
        var question = Activities.Message("do I need a PhD?", expectReplies: false);
        question.ServiceUrl = connector.ServiceUrl;

        await _bot.Client.PostAsync(question);
        var (typingPath, typing) = await connector.NextAsync(TimeSpan.FromSeconds(10));
        var (_, answer) = await connector.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("typing", typing.Type);
        Assert.Equal("/v3/conversations/conv-1/activities", typingPath);
        Assert.Equal("message", answer.Type);
    }

    [Fact]
    public async Task AnInvokeWithExpectRepliesCarriesTheInvokeBodyBesideTheActivities()
    {
        var invoke = Activities.Message("");
        invoke.Type = "invoke";
        invoke.Name = "adaptiveCard/action";
        invoke.Value = Newtonsoft.Json.Linq.JToken.Parse("""
            {"action":{"type":"Action.Execute","verb":"feedback","data":{"careerbot":"feedback","answerId":"ans-1","rating":"down"}}}
            """);

        var response = await _bot.Client.PostAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"activities\":[]", body, StringComparison.Ordinal);
        Assert.Contains("\"body\":{\"statusCode\":200", body, StringComparison.Ordinal);
    }

    private async Task<string?> AskThenTellMeMore(string conversation, bool end)
    {
        await (await _bot.Client.PostAsync(Activities.Message("Do I need a PhD to become an ML engineer?", conversation))).RepliesAsync();
        if (end)
        {
            var bye = Activities.Message("", conversation);
            bye.Type = "endOfConversation";
            bye.Code = "completedSuccessfully";
            Assert.Empty(await (await _bot.Client.PostAsync(bye)).RepliesAsync());
        }

        var more = await (await _bot.Client.PostAsync(Activities.Message("tell me more", conversation))).RepliesAsync();
        return more[0].EntryId();
    }
}
