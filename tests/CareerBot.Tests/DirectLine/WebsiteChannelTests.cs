using System.Net;

namespace CareerBot.Tests.DirectLine;

/// <summary>What a web page may do: get a token from allowed origins only, call Direct Line across origins, load the widget.</summary>
public sealed class WebsiteChannelTests
{
    private const string Allowed = "https://careers.example";

    [Theory]
    [InlineData(Allowed, HttpStatusCode.OK)]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Forbidden)]
    public async Task WithASecretOnlyAllowedOriginsGetTokens(string? origin, HttpStatusCode expected)
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins"] = Allowed });

        using var response = await RequestTokenAsync(bot, origin);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task TheBotsOwnPagesGetTokens()
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync();

        using var response = await RequestTokenAsync(bot, bot.Address.GetLeftPart(UriPartial.Authority));
        var grant = await DirectLineBot.JsonOf(response);
        using var started = await bot.SendAsync(HttpMethod.Post, "conversations", (string)grant["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal((string)grant["conversationId"]!, (string)(await DirectLineBot.JsonOf(started))["conversationId"]!);
    }

    [Fact]
    public async Task TokenRequestsAreRateLimitedPerClient()
    {
        await using var bot = await DirectLineBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "3" });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await RequestTokenAsync(bot, Allowed);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ThePreflightAllowsTheHeadersWebChatSends()
    {
        await using var bot = await DirectLineBot.StartAsync();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://any-site.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        using var response = await bot.Client.SendAsync(preflight);
        var allowedHeaders = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" })
        {
            Assert.Contains(header, allowedHeaders, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheDemoPageEmbedsTheWidgetAndLoadsNothingFromElsewhere()
    {
        await using var bot = await DirectLineBot.StartAsync();

        using var page = await bot.Client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var script = await bot.Client.GetAsync(new Uri("/widget.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script src=\"/widget.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task TheEmbedPageShowsBothSnippetsWithThisBotsAddress()
    {
        await using var bot = await DirectLineBot.StartAsync();

        var html = await bot.Client.GetStringAsync(new Uri("/embed", UriKind.Relative));
        var origin = bot.Address.GetLeftPart(UriPartial.Authority);

        Assert.Contains($"&lt;script src=&quot;{origin}/widget.js&quot;", html, StringComparison.Ordinal);
        Assert.Contains("createDirectLine", html, StringComparison.Ordinal);
        Assert.Contains($"{origin}/v3/directline", html, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> RequestTokenAsync(DirectLineBot bot, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return bot.Client.SendAsync(request);
    }
}
