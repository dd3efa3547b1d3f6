namespace CareerBot.Dialogs;

/// <summary>One named step of a dialog: it asks for something still unknown, moves on, or ends the dialog.</summary>
public delegate StepResult DialogStep(DialogContext dc);

/// <summary>What a step did; the runner decides what comes next.</summary>
public enum StepResult
{
    /// <summary>Go on to the next step.</summary>
    Next,

    /// <summary>A question was asked; wait for the user's reply.</summary>
    Waiting,

    /// <summary>A child dialog was started on top of this one; this step completes when it ends.</summary>
    ChildStarted,

    /// <summary>The dialog is done.</summary>
    End,
}
