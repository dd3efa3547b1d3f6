using System.Net;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.DirectLine;

/// <summary>Starting and resuming conversations, with and without a configured secret.</summary>
public sealed class ConversationStartTests
{
    [Fact]
    public async Task WithoutASecretAnyoneMayStartAConversationAndGetsItsToken()
    {
        await using var bot = await DirectLineBot.StartAsync();

        using var response = await bot.SendAsync(HttpMethod.Post, "conversations");
        var conversation = await DirectLineBot.JsonOf(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)conversation["token"]));
        Assert.Equal(1800, (int)conversation["expires_in"]!);
        Assert.StartsWith($"ws://{bot.Address.Authority}/v3/directline/conversations/{conversation["conversationId"]}/stream?t=", (string)conversation["streamUrl"]!);
    }

    [Fact]
    public async Task WithASecretStartingNeedsTheSecretOrAToken()
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync();

        using var anonymous = await bot.SendAsync(HttpMethod.Post, "conversations");
        using var wrongSecret = await bot.SendAsync(HttpMethod.Post, "conversations", "not-the-secret");
        using var withSecret = await bot.SendAsync(HttpMethod.Post, "conversations", DirectLineBot.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Unauthorized", await DirectLineBot.ErrorCodeOf(anonymous));
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withSecret.StatusCode);
    }

    [Fact]
    public async Task AGeneratedTokenStartsItsOwnConversationAndStartingAgainReturnsTheSameOne()
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync();
        using var generated = await bot.SendAsync(HttpMethod.Post, "tokens/generate", DirectLineBot.Secret, new { user = new { id = "dl_una" } });
        var grant = await DirectLineBot.JsonOf(generated);
        var token = (string)grant["token"]!;

        using var first = await bot.SendAsync(HttpMethod.Post, "conversations", token);
        using var second = await bot.SendAsync(HttpMethod.Post, "conversations", token);

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Null(grant["streamUrl"]);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((string)grant["conversationId"]!, (string)(await DirectLineBot.JsonOf(second))["conversationId"]!);
    }

    [Fact]
    public async Task TokensGenerateNeedsTheSecretNotAToken()
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync();
        var conversation = await bot.StartConversationAsync(DirectLineBot.Secret);

        using var withToken = await bot.SendAsync(HttpMethod.Post, "tokens/generate", (string)conversation["token"]!);
        using var anonymous = await bot.SendAsync(HttpMethod.Post, "tokens/generate");

        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ConversationIdsAndTokensAreUnguessable()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversations = new List<JsonObject>();
        for (var i = 0; i < 5; i++)
        {
            conversations.Add(await bot.StartConversationAsync());
        }

        // Base64url carries 6 bits a character: 22 characters are 132 bits.
        Assert.All(conversations, c => Assert.True(((string)c["conversationId"]!).Length >= 22));
        Assert.All(conversations, c => Assert.True(((string)c["token"]!).Length >= 22));
        Assert.Equal(5, conversations.Select(c => (string)c["conversationId"]!).Distinct().Count());
        Assert.Equal(5, conversations.Select(c => (string)c["token"]!).Distinct().Count());
    }

    [Fact]
    public async Task TheBotWelcomesOnStartOnceEvenWhenWebChatSendsAJoinEvent()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        var join = new { type = "event", name = "webchat/join", from = new { id = "u1" }, channelData = new { clientActivityID = "join-1" } };
        using var joined = await bot.SendAsync(HttpMethod.Post, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!, join);
        using var again = await bot.SendAsync(HttpMethod.Post, "conversations", (string)conversation["token"]!);

        var activities = (await bot.ActivitiesAsync(conversation))["activities"]!.AsArray();
        var fromBot = activities.Where(a => (string?)a!["from"]!["role"] == "bot").ToList();

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var welcome = Assert.Single(fromBot);
        Assert.Equal("welcome", (string?)welcome!["entities"]!.AsArray().First(e => (string?)e!["type"] == "careerbot.answer")!["kind"]);
        Assert.Null(welcome["replyToId"]);
    }

    [Fact]
    public async Task ResumingGivesAFreshStreamUrlFromTheWatermarkAndKeepsTheToken()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();

        using var resumed = await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}?watermark=3", (string)conversation["token"]!);
        var body = await DirectLineBot.JsonOf(resumed);

        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal((string)conversation["token"]!, (string)body["token"]!);
        Assert.NotEqual((string)conversation["streamUrl"]!, (string)body["streamUrl"]!);
        Assert.EndsWith("&watermark=3", (string)body["streamUrl"]!);
    }

    [Fact]
    public async Task AnUnknownConversationIs404()
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync();

        using var response = await bot.SendAsync(HttpMethod.Get, "conversations/no-such-conversation/activities", DirectLineBot.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
