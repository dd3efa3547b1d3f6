using System.Net;

namespace CareerBot.Tests.DirectLine;

/// <summary>A token is one conversation's, for a limited time, and refreshing it extends that time.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task AWrongTokenIs403()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();

        using var response = await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities", "made-up-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnotherConversationWithMyTokenIs403()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var mine = await bot.StartConversationAsync();
        var theirs = await bot.StartConversationAsync();
        var myToken = (string)mine["token"]!;
        var theirId = (string)theirs["conversationId"]!;

        using var read = await bot.SendAsync(HttpMethod.Get, $"conversations/{theirId}/activities", myToken);
        using var post = await bot.SendAsync(HttpMethod.Post, $"conversations/{theirId}/activities", myToken, new { type = "message", text = "hi", from = new { id = "u1" } });
        using var resume = await bot.SendAsync(HttpMethod.Get, $"conversations/{theirId}", myToken);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        Assert.DoesNotContain((await bot.ActivitiesAsync(theirs))["activities"]!.AsArray(), a => (string?)a!["from"]!["role"] == "user");
    }

    [Fact]
    public async Task AnExpiredTokenIs403TokenExpired()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();

        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineBot.ErrorCodeOf(response));
    }

    [Fact]
    public async Task RefreshingExtendsTheExpiry()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();

        bot.Clock.Advance(TimeSpan.FromMinutes(20));
        using var refreshed = await bot.SendAsync(HttpMethod.Post, "tokens/refresh", (string)conversation["token"]!);
        var grant = await DirectLineBot.JsonOf(refreshed);
        bot.Clock.Advance(TimeSpan.FromMinutes(20));
        using var withOld = await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!);
        using var withNew = await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities", (string)grant["token"]!);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal((string)conversation["conversationId"]!, (string)grant["conversationId"]!);
        Assert.Equal(1800, (int)grant["expires_in"]!);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenCannotBeRefreshed()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();

        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await bot.SendAsync(HttpMethod.Post, "tokens/refresh", (string)conversation["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineBot.ErrorCodeOf(response));
    }

    [Fact]
    public async Task AnIdleConversationExpiresWithItsActivities()
    {
        await using var bot = await DirectLineBot.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:ConversationIdleTimeout"] = "00:10:00",
            ["DirectLine:TokenLifetime"] = "02:00:00",
        });
        var conversation = await bot.StartConversationAsync();

        bot.Clock.Advance(TimeSpan.FromMinutes(9));
        using var stillThere = await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!);
        bot.Clock.Advance(TimeSpan.FromMinutes(11));
        using var gone = await bot.SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!);

        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task ATokenBoundToAUserSpeaksOnlyAsThatUser()
    {
        await using var bot = await DirectLineBot.StartWithSecretAsync();
        using var generated = await bot.SendAsync(HttpMethod.Post, "tokens/generate", DirectLineBot.Secret, new { user = new { id = "dl_una" } });
        var token = (string)(await DirectLineBot.JsonOf(generated))["token"]!;
        var conversation = await DirectLineBot.JsonOf(await bot.SendAsync(HttpMethod.Post, "conversations", token));

        await bot.PostMessageAsync(conversation, "hello");
        var echo = (await bot.ActivitiesAsync(conversation))["activities"]!.AsArray().Last(a => (string?)a!["from"]!["role"] == "user");

        Assert.Equal("dl_una", (string?)echo!["from"]!["id"]);
    }
}
