using CareerBot.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The held-out dialog sets: conversations written from the five guide pages and one paragraph per guided
/// conversation, in people's own words, frozen before tuning and never tuned on (misses not printed).
/// Blind/dialogs.yaml was committed before any dialog work (2026-12-04); Seventh/dialogs.yaml on 2026-12-06, before that
/// session's tuning.
/// </summary>
public sealed class BlindDialogTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    // The bar: a test fails below 90% of these (blind: 68 of 75 on 2026-12-05; seventh: 48 of 52 unseen).
    private const double RequiredShare = 0.90;

    [Theory]
    [InlineData("Blind/dialogs.yaml", "blind guided conversations", 60)]
    [InlineData("Seventh/dialogs.yaml", "seventh guided conversations", 50)]
    public async Task AtLeast90PercentOfHeldOutGuidedConversationsReachTheirResult(string file, string what, int minimumSize)
    {
        var (total, share) = await new NaturalDialogSet(InProcessBotFixture.Bot, output).RunAsync(file, what, blind: true);

        Assert.True(total >= minimumSize, $"the set needs at least {minimumSize} conversations, has {total}");
        Assert.True(share >= RequiredShare, $"{share:P1} of {total} {what} went right");
    }
}
