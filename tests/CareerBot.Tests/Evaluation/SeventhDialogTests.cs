using CareerBot.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The seventh dialog set (Seventh/dialogs.yaml): written 2026-12-06 like the blind one, from the five guide pages and
/// one paragraph per guided conversation, committed before that session's tuning and held out like it (misses not printed).
/// </summary>
public sealed class SeventhDialogTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    // The bar: a test fails below 90% of these.
    private const double RequiredShare = 0.90;

    [Fact]
    public async Task AtLeast90PercentOfSeventhGuidedConversationsReachTheirResult()
    {
        var (total, share) = await new NaturalDialogSet(InProcessBotFixture.Bot, output).RunAsync("Seventh/dialogs.yaml", "seventh guided conversations", blind: true);

        Assert.True(total >= 50, $"the set needs at least 50 conversations, has {total}");
        Assert.True(share >= RequiredShare, $"{share:P1} of {total} seventh guided conversations went right");
    }
}
