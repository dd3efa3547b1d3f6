using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.DirectLine;

/// <summary>Posting and reading activities: the echo Web Chat waits for, replies, watermarks, and the limits.</summary>
public sealed class ActivityTests
{
    [Fact]
    public async Task TheUsersMessageIsEchoedWithItsClientActivityIdAndAnsweredAfterIt()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();

        var posted = await bot.PostMessageAsync(conversation, "do I need a PhD?", clientActivityId: "client-42");
        var activities = (await bot.ActivitiesAsync(conversation))["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();

        var echoAt = activities.FindIndex(a => (string?)a["id"] == (string?)posted["id"]);
        Assert.True(echoAt >= 0, "the user's activity is returned with the id the POST answered");
        var echo = activities[echoAt];
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.NotNull((string?)echo["timestamp"]);

        var answer = activities[echoAt + 1];
        Assert.Equal("bot", (string?)answer["from"]!["role"]);
        Assert.Equal((string?)posted["id"], (string?)answer["replyToId"]);
        Assert.Contains("PhD", (string?)answer["text"], StringComparison.OrdinalIgnoreCase);
        Assert.True(string.CompareOrdinal((string?)answer["timestamp"], (string?)echo["timestamp"]) > 0, "the answer is stamped after the question");
    }

    [Fact]
    public async Task AClientThatSaysWebChatIsOnTheWebChatChannel()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        var activity = new { type = "message", text = "hello", channelId = "webchat", from = new { id = "u1" } };

        using var response = await bot.SendAsync(HttpMethod.Post, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!, activity);
        var echo = (await bot.ActivitiesAsync(conversation))["activities"]!.AsArray().Last(a => (string?)a!["from"]!["role"] == "user");

        Assert.Equal("webchat", (string?)echo!["channelId"]);
    }

    [Fact]
    public async Task AWatermarkResumeReturnsOnlyNewerActivities()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        await bot.PostMessageAsync(conversation, "what does an ML engineer do?");
        var first = await bot.ActivitiesAsync(conversation);
        var watermark = (string)first["watermark"]!;

        var posted = await bot.PostMessageAsync(conversation, "which certification first?");
        var newer = await bot.ActivitiesAsync(conversation, watermark);
        var nothingNew = await bot.ActivitiesAsync(conversation, (string)newer["watermark"]!);

        var ids = newer["activities"]!.AsArray().Select(a => (string?)a!["id"]).ToList();
        Assert.Equal((string?)posted["id"], ids[0]);
        Assert.DoesNotContain(ids, id => first["activities"]!.AsArray().Any(old => (string?)old!["id"] == id));
        Assert.True(long.Parse((string)newer["watermark"]!) > long.Parse(watermark));
        Assert.Empty(nothingNew["activities"]!.AsArray());
        Assert.Equal((string)newer["watermark"]!, (string)nothingNew["watermark"]!);
    }

    [Fact]
    public async Task OnlyTheNewestActivitiesAreKeptAndWatermarksKeepCounting()
    {
        await using var bot = await DirectLineBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "4" });
        var conversation = await bot.StartConversationAsync();
        for (var i = 0; i < 3; i++)
        {
            await bot.PostMessageAsync(conversation, "help");
        }

        var all = await bot.ActivitiesAsync(conversation);

        Assert.Equal(4, all["activities"]!.AsArray().Count);
        Assert.Equal("7", (string?)all["watermark"]);
    }

    [Fact]
    public async Task AButtonPressFromTheWidgetIsRecordedAsFeedback()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        var feedback = new
        {
            type = "message",
            from = new { id = "u1" },
            value = new { careerbot = "feedback", answerId = "ans-123", entryId = "phd", rating = "up" },
            channelData = new { postBack = true, clientActivityID = "fb-1" },
        };

        using var response = await bot.SendAsync(HttpMethod.Post, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!, feedback);
        var recorded = await bot.Services.GetRequiredService<IFeedbackStore>().ForAnswerAsync("ans-123", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(recorded);
        Assert.Equal(FeedbackRating.Helpful, record.Rating);
        Assert.Equal("u1", record.UserId);
    }

    [Fact]
    public async Task AOneMegabyteBodyIs413WithTheReason()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        var huge = new StringContent("{\"type\":\"message\",\"text\":\"" + new string('a', 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation["conversationId"]}/activities") { Content = huge };
        request.Headers.Authorization = new("Bearer", (string)conversation["token"]!);

        using var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("RequestTooLarge", await DirectLineBot.ErrorCodeOf(response));
    }

    [Fact]
    public async Task AMessageOverTheLengthLimitIs413WithTheReason()
    {
        await using var bot = await DirectLineBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxMessageLength"] = "100" });
        var conversation = await bot.StartConversationAsync();

        using var response = await bot.SendAsync(
            HttpMethod.Post, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!,
            new { type = "message", text = new string('a', 101), from = new { id = "u1" } });
        var error = (await DirectLineBot.JsonOf(response))["error"]!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageTooLong", (string?)error["code"]);
        Assert.Contains("100", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABurstOfMessagesIs429WithRetryAfter()
    {
        await using var bot = await DirectLineBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:ActivityBurst"] = "5" });
        var conversation = await bot.StartConversationAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await bot.SendAsync(
                HttpMethod.Post, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!,
                new { type = "typing", from = new { id = "u1" } });
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(refused);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal("TooManyRequests", await DirectLineBot.ErrorCodeOf(refused));
    }

    [Fact]
    public async Task UploadsAreAnsweredWithAClearNotSupported()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        using var form = new MultipartFormDataContent { { new StringContent("{\"type\":\"message\"}"), "activity" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation["conversationId"]}/upload?userId=u1") { Content = form };
        request.Headers.Authorization = new("Bearer", (string)conversation["token"]!);

        using var response = await bot.Client.SendAsync(request);
        var error = (await DirectLineBot.JsonOf(response))["error"]!;

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("does not accept file uploads", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APollWithNothingNewIsAnEmptySetNotAnError()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        var all = await bot.ActivitiesAsync(conversation);

        var again = await bot.ActivitiesAsync(conversation, (string)all["watermark"]!);

        Assert.IsType<JsonArray>(again["activities"]);
        Assert.Empty(again["activities"]!.AsArray());
    }
}
