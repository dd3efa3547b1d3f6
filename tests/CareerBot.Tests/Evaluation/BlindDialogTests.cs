using CareerBot.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The blind dialog set (Blind/dialogs.yaml): conversations written from the five guide pages and one
/// paragraph per guided conversation, in people's own words, frozen before tuning and never tuned on.
/// </summary>
public sealed class BlindDialogTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    // The bar: a test fails below 90% of these (68 of 75 reached on 2026-12-05).
    private const double RequiredShare = 0.90;

    [Fact]
    public async Task AtLeast90PercentOfBlindGuidedConversationsReachTheirResult()
    {
        var (total, share) = await new NaturalDialogSet(InProcessBotFixture.Bot, output).RunAsync("Blind/dialogs.yaml", "blind guided conversations", blind: true);

        Assert.True(total >= 60, $"the set needs at least 60 conversations, has {total}");
        Assert.True(share >= RequiredShare, $"{share:P1} of {total} blind guided conversations went right");
    }
}
