using System.Collections.Concurrent;
using System.Net;
using CareerBot.Storage;
using CareerBot.Tests.Storage;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Deployment;

/// <summary>
/// Two bot processes on PostgreSQL behind nginx under a steady loopback load; one is SIGKILLed and restarted
/// mid-run. Nothing a client saw acknowledged is lost, clients that retry get through, and once the
/// instance is back no request fails.
/// </summary>
public sealed class KillUnderLoadTests
{
    private const int Clients = 8;

    [Theory, TwoInstances]
    public async Task AnInstanceKilledUnderLoadLosesNoAcknowledgedTurn(string provider)
    {
        var database = await TestStores.NewDatabaseAsync(provider);
        var settings = TestStores.Settings(provider, database);
        await using var first = await BotProcess.StartAsync(settings);
        await using var second = await BotProcess.StartAsync(settings);
        await using var nginx = await NginxProxy.StartAsync(first.Address, second.Address);
        using var client = new HttpClient { BaseAddress = nginx.Address, Timeout = TimeSpan.FromSeconds(20) };
        var acknowledged = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        using var stop = new CancellationTokenSource();

        // Each turn adds one member to the client's conversation: the stored state shows exactly which turns landed.
        var load = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var conversation = $"load-{c}-{Guid.NewGuid():N}";
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var member = $"m{turn}";
                if (await SendWithRetriesAsync(client, conversation, member))
                {
                    acknowledged.GetOrAdd(conversation, _ => []).Add(member);
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var secondPort = second.Address.Port;
        await second.StopAsync("KILL");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await using var restarted = await BotProcess.StartAsync(settings, secondPort);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var afterRecovery = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            client.PostAsync(Activities.MembersAdded($"recovered-{i % 4}", $"after-{i}"))));
        Assert.All(afterRecovery, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var store = new StoredConversationStateStore(TestStores.Open(provider, database));
        Assert.Equal(Clients, acknowledged.Count);
        foreach (var (conversation, members) in acknowledged)
        {
            Assert.True(members.Count > 5, $"{conversation}: only {members.Count} turns acknowledged");
            var state = (await store.LoadAsync($"emulator/{conversation}", default)).State;
            Assert.Empty(members.Except(state.WelcomedUsers));
        }
    }

    // A client that gets no answer (the instance died under it) asks again; nginx sends a new connection to a live instance.
    private static async Task<bool> SendWithRetriesAsync(HttpClient client, string conversation, string member)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                using var response = await client.PostAsync(Activities.MembersAdded(conversation, member));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        return false;
    }
}
