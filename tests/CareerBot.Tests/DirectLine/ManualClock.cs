namespace CareerBot.Tests.DirectLine;

/// <summary>A clock the test moves by hand, for expiry rules that would otherwise take half an hour to test.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
