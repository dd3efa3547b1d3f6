using CareerBot.Knowledge.Answers;

namespace CareerBot.Hosting;

/// <summary>
/// The guide currently in service. A reload builds a new one off to the side and swaps it in
/// atomically; turns already running finish on the one they started with.
/// </summary>
public sealed class CurrentGuide(GuideAnswerer initial) : IDisposable
{
    private GuideAnswerer _guide = initial;
    private volatile bool _meaningWarm;

    public GuideAnswerer Guide => Volatile.Read(ref _guide);

    /// <summary>
    /// Whether meaning has been loaded since the start. It stays true across reloads: an edited guide embeds only its
    /// new phrasings, in a second or so, and an instance should not leave the load balancer for that.
    /// </summary>
    public bool MeaningWarm => _meaningWarm || (_meaningWarm = Guide.MeaningLoaded);

    public void Swap(GuideAnswerer next)
    {
        var previous = Interlocked.Exchange(ref _guide, next);
        // Give in-flight turns time to finish before the old index's connections close.
        _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
    }

    public void Dispose() => Guide.Dispose();
}
