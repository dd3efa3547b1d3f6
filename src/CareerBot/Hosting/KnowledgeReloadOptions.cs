namespace CareerBot.Hosting;

/// <summary>Hot reload settings in the <c>Knowledge</c> section.</summary>
public sealed class KnowledgeReloadOptions
{
    /// <summary>Whether edits to the knowledge folder are picked up without a restart.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last change before reloading: an editor saving several files reloads once.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromSeconds(1);
}
