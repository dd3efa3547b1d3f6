using System.Collections.Concurrent;
using System.Net.Http.Headers;
using CareerBot.Tests.Dialogs;
using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;

namespace CareerBot.Tests.Hosting;

/// <summary>
/// Thousands of malformed and adversarial bodies posted to <c>/api/messages</c> over loopback: never a
/// 5xx (bar the protocol's 501 for an unhandled invoke), a dialog in progress is neither lost nor corrupted, and the bot answers normally afterwards.
/// </summary>
public sealed class HostileInputTests
{
    private const int Bodies = 3000;

    [Fact]
    public async Task HostileBodiesNeverCauseA500AndTheBotKeepsAnswering()
    {
        await using var bot = await LoopbackBot.StartAsync();
        var conversation = "fuzz-witness-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal("experience", Assert.Single(await Say(bot, conversation, "plan my certs, I use GCP and have $900")).Asks());

        var hostile = new HostileBodies(seed: 20261122);
        var bodies = Enumerable.Range(0, Bodies).Select(hostile.Next).ToList();
        var serverErrors = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (body, cancellationToken) =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
            // 501 is the protocol's own answer to an invoke nobody handles; every other 5xx is the bot failing.
            if ((int)response.StatusCode >= 500 && response.StatusCode != System.Net.HttpStatusCode.NotImplemented)
            {
                serverErrors.Add($"{(int)response.StatusCode} for {HostileBodies.Describe(body)}");
            }
        });

        Assert.True(serverErrors.IsEmpty, $"{serverErrors.Count} server errors, e.g.:\n{string.Join("\n", serverErrors.Take(10))}");
        Assert.Equal("hoursPerWeek", Assert.Single(await Say(bot, conversation, "beginner")).Asks());
        Assert.Equal("phd-needed", (await Say(bot, "fuzz-after", "do I need a PhD?"))[0].EntryId());
    }

    private static async Task<List<Activity>> Say(LoopbackBot bot, string conversation, string text) =>
        await (await bot.Client.PostAsync(Activities.Message(text, conversation))).RepliesAsync();
}
