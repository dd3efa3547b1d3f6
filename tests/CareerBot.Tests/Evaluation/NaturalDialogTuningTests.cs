using CareerBot.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The second tuning set of guided conversations (dialogs-natural.yaml): written like the blind set, from the
/// guide pages and a paragraph per dialog, but open to look at while improving the dialogs.
/// </summary>
public sealed class NaturalDialogTuningTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    // The bar is 90%: 62 of 71 on 2026-12-04, 64 of 71 (90.1%) on the afternoon of 2026-12-05 (README, answer quality).
    private const double RequiredShare = 0.90;

    [Fact]
    public async Task NaturalTuningConversationsDoNotFallBelowTodaysFloor()
    {
        var (total, share) = await new NaturalDialogSet(InProcessBotFixture.Bot, output).RunAsync("dialogs-natural.yaml", "natural tuning conversations", blind: false);

        Assert.True(share >= RequiredShare, $"{share:P1} of {total} natural tuning conversations went right");
    }
}
