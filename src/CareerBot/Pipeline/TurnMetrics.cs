using System.Diagnostics.Metrics;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Pipeline;

/// <summary>
/// The bot's meter, <c>CareerBot</c>: turns, answers by kind (the fallback rate is
/// <c>answers{kind=fallback} / answers</c>), errors, state write conflicts and turn latency.
/// </summary>
public sealed class TurnMetrics
{
    public const string MeterName = "CareerBot";

    private readonly Counter<long> _turns;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _conflicts;
    private readonly Histogram<double> _duration;

    public TurnMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("careerbot.turns", "{turn}", "Turns run, by route");
        _answers = meter.CreateCounter<long>("careerbot.answers", "{answer}", "Composed answers sent, by kind");
        _errors = meter.CreateCounter<long>("careerbot.turn.errors", "{turn}", "Turns that failed with an exception");
        _conflicts = meter.CreateCounter<long>("careerbot.state.conflicts", "{write}", "State saves refused because another turn saved first");
        _duration = meter.CreateHistogram<double>("careerbot.turn.duration", "s", "Time to run a turn, state load and save included");
    }

    public void Turn(string route, TimeSpan elapsed)
    {
        _turns.Add(1, new KeyValuePair<string, object?>("route", route));
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("route", route));
    }

    public void Answer(AnswerKind kind) => _answers.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString().ToLowerInvariant()));

    public void Error() => _errors.Add(1);

    public void Conflict() => _conflicts.Add(1);
}
