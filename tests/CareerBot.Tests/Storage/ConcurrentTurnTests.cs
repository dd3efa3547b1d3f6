using CareerBot.Pipeline;
using CareerBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Storage;

/// <summary>
/// Turns on one conversation running at the same time, on two bot instances sharing one database,
/// with no per-conversation lock between them: only optimistic concurrency keeps every update.
/// </summary>
public sealed class ConcurrentTurnTests
{
    [Theory, SqliteStore, PostgresStore]
    public async Task ParallelTurnsOnOneConversationOnTwoInstancesNeverLoseAnUpdate(string provider)
    {
        var settings = TestStores.Settings(provider, await TestStores.NewDatabaseAsync(provider));
        using var first = new InProcessBot(settings: settings);
        using var second = new InProcessBot(settings: settings);
        var pipelines = new[] { first, second }.Select(b => b.Services.GetRequiredService<TurnPipeline>()).ToArray();
        var users = Enumerable.Range(0, 24).Select(i => $"user-{i}").ToList();

        // Each turn adds one person to the conversation; a lost update would forget someone and greet them again later.
        var turns = await Task.WhenAll(users.Select((user, i) => Task.Run(() =>
            pipelines[i % 2].RunAsync(Activities.MembersAdded("shared-room", user), CancellationToken.None))));

        Assert.All(turns, turn => Assert.NotEmpty(turn.Replies));
        var state = await first.Services.GetRequiredService<IConversationStateStore>().LoadAsync("emulator/shared-room", default);
        Assert.Equal(users.Order(), state.State.WelcomedUsers.Order());
        Assert.Equal(users.Count, state.Version);
        var again = await pipelines[1].RunAsync(Activities.MembersAdded("shared-room", users[0]), CancellationToken.None);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public async Task ParallelPostsToOneConversationOverHttpAllLand()
    {
        await using var bot = await LoopbackBot.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            bot.Client.PostAsync(Activities.MembersAdded("http-room", $"member-{i}"))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        var state = await bot.Services.GetRequiredService<IConversationStateStore>().LoadAsync("emulator/http-room", default);
        Assert.Equal(16, state.State.WelcomedUsers.Count);
    }
}
