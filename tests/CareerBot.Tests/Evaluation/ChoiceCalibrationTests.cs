using System.Globalization;
using CareerBot.Dialogs;
using CareerBot.Knowledge.Semantics;
using CareerBot.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// Calibrates <see cref="DialogOptions.ChoiceSimilarity"/> and <see cref="DialogOptions.ChoiceMargin"/> on
/// choice-calibration.yaml, and the commands' <see cref="DialogOptions.CommandSimilarity"/> and
/// <see cref="DialogOptions.CommandMargin"/> on its "*" rows: the configured thresholds must read at least 85% of the replies right (the right choice,
/// or nothing for a reply that means none) and be within two points of the best pair the sweep finds, which the
/// output names with every reply's similarity and margin for the next refit.
/// </summary>
public sealed class ChoiceCalibrationTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Theory]
    [InlineData("choices")]
    [InlineData("commands")]
    public async Task TheConfiguredThresholdsAreCalibratedOnTheData(string kind)
    {
        var choices = _bot.Guide.Guide.Choices;
        await CalibrationData.WaitForModelAsync(() => choices.Ready);
        var data = Samples().Where(s => (s.Dialog == ChoiceMeaning.AnyDialog) == (kind == "commands")).ToList();
        var samples = data.Select(s => (s.Value, Guess: choices.Nearest(s.Dialog, s.Slot, s.Say))).ToList();
        foreach (var (sample, (value, guess)) in data.Zip(samples))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value,-18} {guess?.Value ?? "-",-18} {guess?.Similarity ?? float.NaN,6:0.000} {guess?.Margin ?? float.NaN,6:0.000}  {sample.Say}"));
        }

        var grid = (from s in Enumerable.Range(20, 61) from m in Enumerable.Range(0, 21) select (Similarity: s / 100f, Margin: m / 100f)).ToList();
        var best = grid.MaxBy(t => Accuracy(samples, t.Similarity, t.Margin));
        var options = new DialogOptions();
        var (similarity, margin) = kind == "commands" ? (options.CommandSimilarity, options.CommandMargin) : (options.ChoiceSimilarity, options.ChoiceMargin);
        var configured = Accuracy(samples, similarity, margin);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best {best.Similarity:0.00}/{best.Margin:0.00}: {Accuracy(samples, best.Similarity, best.Margin):P1}; configured {similarity:0.00}/{margin:0.00}: {configured:P1}"));
        Assert.True(configured >= 0.85, "the configured thresholds read fewer than 85% of the replies right");
        Assert.True(Accuracy(samples, best.Similarity, best.Margin) - configured <= 0.02, "the configured thresholds have drifted from the best ones: refit them");
    }

    private static double Accuracy(List<(string Value, ChoiceGuess? Guess)> samples, float similarity, float margin) =>
        samples.Count(s => (s.Guess is { } guess && guess.Sure(similarity, margin) ? guess.Value : "none") == s.Value) / (double)samples.Count;

    private static List<Sample> Samples() => CalibrationData.Read<Sample>("choice-calibration.yaml");

    public sealed class Sample
    {
        public string Dialog { get; set; } = "";
        public string Slot { get; set; } = "";
        public string Say { get; set; } = "";
        public string Value { get; set; } = "";
    }
}
