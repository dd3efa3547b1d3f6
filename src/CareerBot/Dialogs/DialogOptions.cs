namespace CareerBot.Dialogs;

/// <summary>Guided conversation settings, bound from the <c>Dialogs</c> configuration section.</summary>
public sealed class DialogOptions
{
    /// <summary>A dialog nobody has replied to for this long is closed, with a note, on the next message.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Unreadable replies to one question before the dialog gives up politely.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// How much closer in meaning (plus shared words) a message must be to a dialog's examples than to any
    /// guide answer to start that dialog without a trigger phrase. Calibrated on
    /// tests/CareerBot.Tests/Evaluation/intent-calibration.yaml by IntentCalibrationTests, which says when it drifts.
    /// </summary>
    public float IntentEvidence { get; set; } = 0.12f;

    /// <summary>
    /// How near in meaning a reply must be to a choice's examples, and how far ahead of the next choice, to be
    /// taken for it when its words named none. Calibrated on tests/CareerBot.Tests/Evaluation/choice-calibration.yaml
    /// by ChoiceCalibrationTests (2026-12-04: no margin needed over the next choice).
    /// </summary>
    public float ChoiceSimilarity { get; set; } = 0.36f;

    public float ChoiceMargin { get; set; }

    /// <summary>
    /// The same for the commands every dialog honours (cancel, start over, help, go back) said in other words: stricter,
    /// since a wrong cancel loses the answers so far. Calibrated on the "*" rows of choice-calibration.yaml by
    /// ChoiceCalibrationTests (2026-12-05).
    /// </summary>
    public float CommandSimilarity { get; set; } = 0.44f;

    public float CommandMargin { get; set; } = 0.05f;

    /// <summary>The bot's public address for links such as the salary chart; empty = the address the request came in on.</summary>
    public string? PublicUrl { get; set; }
}
