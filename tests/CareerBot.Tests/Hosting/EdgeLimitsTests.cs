using System.Net;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Hosting;

/// <summary>Readiness, rate limits and input limits at the edge of the real host, over loopback HTTP.</summary>
public sealed class EdgeLimitsTests
{
    [Fact]
    public async Task ReadyzSaysReadyOnceTheGuideIsLoadedTheStoreAnswersAndMeaningIsLoaded()
    {
        await using var bot = await LoopbackBot.StartAsync();

        // As a load balancer does: poll until ready (the model may still be loading right after the start).
        var response = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        for (var attempt = 0; attempt < 600 && response.StatusCode != HttpStatusCode.OK; attempt++)
        {
            Assert.Contains("\"meaningLoaded\":false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await Task.Delay(100);
            response = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"storeReachable\":true", body, StringComparison.Ordinal);
        Assert.Contains("\"meaningLoaded\":true", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadyzIs503WhileTheDatabaseIsUnreachableButTheInstanceStaysAlive()
    {
        await using var bot = await LoopbackBot.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:CareerBot"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=1",
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AFloodFromOneAddressGets429WithRetryAfter()
    {
        await using var bot = await LoopbackBot.StartAsync(new Dictionary<string, string?>
        {
            ["Limits:MessageBurstPerAddress"] = "3",
            ["Limits:MessagesPerSecondPerAddress"] = "1",
        });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await bot.Client.PostAsync(Activities.Message("hi", $"flood-{i}"));
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("TooManyRequests", (await refused.ErrorAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AFloodOnOneConversationGets429WhileOtherConversationsAreAnswered()
    {
        await using var bot = await LoopbackBot.StartAsync(new Dictionary<string, string?>
        {
            ["Limits:MessageBurstPerConversation"] = "2",
            ["Limits:MessagesPerMinutePerConversation"] = "6",
        });

        var busy = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            busy.Add((await bot.Client.PostAsync(Activities.Message("hi", "busy-room"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], busy);
        Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(Activities.Message("hi", "quiet-room"))).StatusCode);
    }

    [Fact]
    public async Task TextLongerThanTheLimitIsRefusedWith400()
    {
        await using var bot = await LoopbackBot.StartAsync(new Dictionary<string, string?> { ["Limits:MaxTextLength"] = "100" });

        var response = await bot.Client.PostAsync(Activities.Message(new string('a', 101)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Client.PostAsync(Activities.Message(new string('a', 100)))).StatusCode);
    }
}
