using System.Globalization;
using CareerBot.Dialogs;
using CareerBot.Knowledge.Semantics;
using CareerBot.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// Calibrates <see cref="DialogOptions.IntentEvidence"/> on intent-calibration.yaml: the configured
/// threshold must classify at least 95% of the messages (and of the evaluation set's guide questions) right and be within two points of the best one
/// the sweep finds (which the output names, with every message's evidence, for the next refit).
/// </summary>
public sealed class IntentCalibrationTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task TheConfiguredThresholdIsCalibratedOnTheData()
    {
        var intents = _bot.Guide.Guide.Intents;
        await CalibrationData.WaitForModelAsync(() => intents.Ready);
        // Every guide question of the evaluation set is a message that must not start a dialog.
        var guideQuestions = EvaluationSet.Questions().Select(q => new Sample { Say = q.Ask, Intent = "none" });
        var samples = Samples().Concat(guideQuestions).Select(s => (s.Say, s.Intent, Score: intents.Score(s.Say))).ToList();
        foreach (var (say, intent, score) in samples.Where(s => s.Intent != "none" || s.Score is { Personal: true }))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{intent,-20} {score?.Intent ?? "-",-20} {score?.Evidence ?? float.NaN,6:0.000}  {say}"));
        }

        var thresholds = Enumerable.Range(-20, 81).Select(i => i / 100f).ToList();
        var best = thresholds.MaxBy(t => Accuracy(samples, t));
        var configured = new DialogOptions().IntentEvidence;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best threshold {best:0.00}: {Accuracy(samples, best):P1}; configured {configured:0.00}: {Accuracy(samples, configured):P1}"));
        Assert.True(Accuracy(samples, configured) >= 0.95, "the configured threshold classifies fewer than 95% right");
        Assert.True(Accuracy(samples, best) - Accuracy(samples, configured) <= 0.02, "the configured threshold has drifted from the best one: refit it");
    }

    private static double Accuracy(List<(string Say, string Intent, IntentScore? Score)> samples, float threshold) =>
        samples.Count(s => (s.Score is { } score && score.Starts(threshold) ? score.Intent : "none") == s.Intent) / (double)samples.Count;

    private static List<Sample> Samples() => CalibrationData.Read<Sample>("intent-calibration.yaml");

    public sealed class Sample
    {
        public string Say { get; set; } = "";
        public string Intent { get; set; } = "";
    }
}
