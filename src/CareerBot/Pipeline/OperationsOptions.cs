namespace CareerBot.Pipeline;

/// <summary>The <c>Operations</c> section: what the people running the bot see of its turns.</summary>
public sealed class OperationsOptions
{
    /// <summary>Answers below this confidence go to the question log (as do fallbacks and close calls).</summary>
    public double LowConfidenceBelow { get; set; } = 0.45;

    /// <summary>Whether logs may contain what people typed. Off: logs say what happened, never what was said.</summary>
    public bool LogMessageText { get; set; }
}
