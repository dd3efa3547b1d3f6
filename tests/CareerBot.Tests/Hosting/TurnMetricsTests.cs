using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CareerBot.Pipeline;
using CareerBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

/// <summary>The <c>CareerBot</c> meter counts turns and answers by kind and times every turn.</summary>
public sealed class TurnMetricsTests
{
    [Fact]
    public async Task TurnsAnswersByKindAndLatencyAreMeasured()
    {
        using var bot = new InProcessBot();
        var factory = bot.Services.GetRequiredService<IMeterFactory>();
        _ = bot.Services.GetRequiredService<TurnPipeline>();
        var measured = new ConcurrentBag<(string Instrument, string Tags, double Value)>();
        using var listener = new MeterListener();
        // Only this bot's meter: other tests' bots measure in parallel.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TurnMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measured.Add((instrument.Name, Describe(tags), value)));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measured.Add((instrument.Name, Describe(tags), value)));
        listener.Start();

        var conversation = bot.NewConversation();
        await conversation.SendAsync("xyzzy plugh", default);
        await conversation.SendAsync("do I need a PhD?", default);

        Assert.Equal(2, measured.Count(m => m.Instrument == "careerbot.turns"));
        Assert.Single(measured, m => m.Instrument == "careerbot.answers" && m.Tags == "kind=fallback");
        Assert.Single(measured, m => m.Instrument == "careerbot.answers" && m.Tags == "kind=answer");
        Assert.Equal(2, measured.Count(m => m.Instrument == "careerbot.turn.duration" && m.Value > 0));
    }

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        return string.Join(",", parts);
    }
}
