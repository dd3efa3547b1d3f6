using System.Net;
using System.Text;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.BotFramework;

/// <summary><c>POST /api/messages</c> over real HTTP on loopback.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private LoopbackBot _bot = null!;

    public async Task InitializeAsync() => _bot = await LoopbackBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ExpectRepliesReturnsTheSourcedAnswerInTheResponseBody()
    {
        var question = Activities.Message("What is the median salary for software developers according to BLS?");
        var replies = await (await _bot.Client.PostAsync(question)).RepliesAsync();

        var reply = Assert.Single(replies);
        Assert.Equal("message", reply.Type);
        Assert.Equal(question.Id, reply.ReplyToId);
        Assert.Equal("bot", reply.From?.Id);
        Assert.Equal("user-1", reply.Recipient?.Id);
        Assert.Contains("133,080", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Bureau of Labor Statistics", reply.Text, StringComparison.Ordinal);
        Assert.Equal("answer", reply.Kind());
        Assert.NotNull(reply.EntryId());
        Assert.Contains(reply.Entities!, e => e.Type == "https://schema.org/Message" && e.Properties["citation"]!.Any());
    }

    [Fact]
    public async Task AddingTheUserToAConversationGetsExactlyOneWelcome()
    {
        var first = await (await _bot.Client.PostAsync(Activities.MembersAdded("conv-welcome", "bot", "user-1"))).RepliesAsync();
        var again = await (await _bot.Client.PostAsync(Activities.MembersAdded("conv-welcome", "user-1"))).RepliesAsync();
        var botOnly = await (await _bot.Client.PostAsync(Activities.MembersAdded("conv-bot-only", "bot"))).RepliesAsync();

        Assert.Equal("welcome", Assert.Single(first).Kind());
        Assert.NotNull(first[0].SuggestedActions);
        Assert.Empty(again);
        Assert.Empty(botOnly);
    }

    [Fact]
    public async Task MalformedJsonIsRejectedWith400AndAReason()
    {
        using var body = new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json");
        var response = await _bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.ErrorAsync();
        Assert.Equal("BadArgument", error.GetProperty("code").GetString());
        Assert.Contains("Malformed JSON", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotAnActivityIsRejectedWith400()
    {
        using var body = new StringContent("{\"text\": \"no type here\"}", Encoding.UTF8, "application/json");
        var response = await _bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", (await response.ErrorAsync()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    [InlineData("typing")]
    public async Task OtherActivityTypesAreAcknowledgedWith200AndIgnored(string type)
    {
        var activity = Activities.Message("hello");
        activity.Type = type;
        var response = await _bot.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.RepliesAsync());
    }

    [Fact]
    public async Task AHundredKilobyteMessageIsHandledWithoutError()
    {
        var text = string.Concat(Enumerable.Repeat("what certifications should I get as a machine learning engineer ", 1600));
        Assert.True(text.Length > 100_000);
        var replies = await (await _bot.Client.PostAsync(Activities.Message(text))).RepliesAsync();

        Assert.Single(replies);
        Assert.False(string.IsNullOrWhiteSpace(replies[0].Text));
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRejectedWith413()
    {
        var response = await _bot.Client.PostAsync(Activities.Message(new string('a', 600_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("RequestTooLarge", (await response.ErrorAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task WithoutExpectRepliesTheAnswerIsPostedToTheConnectorAsAReply()
    {
        await using var connector = await FakeConnector.StartAsync();
        var question = Activities.Message("do I need a PhD?", conversation: "a:1@thread;x", expectReplies: false);
        question.ServiceUrl = connector.ServiceUrl;

        var response = await _bot.Client.PostAsync(question);
        var (path, reply) = await connector.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("a:1@thread;x")}/activities/{question.Id}", path);
        Assert.Equal(question.Id, reply.ReplyToId);
        Assert.Contains("PhD", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthzAnswers200OnceTheGuideIsLoaded()
    {
        var response = await _bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
