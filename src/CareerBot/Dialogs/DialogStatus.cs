namespace CareerBot.Dialogs;

/// <summary>What a dialog reply is, reported in its <c>careerbot.dialog</c> entity for channels and tests.</summary>
public static class DialogStatus
{
    public const string Prompt = "prompt";
    public const string Retry = "retry";
    public const string Help = "help";
    public const string Result = "result";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";
    public const string GaveUp = "gaveUp";
}
