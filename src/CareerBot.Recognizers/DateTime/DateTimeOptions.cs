namespace CareerBot.Recognizers.DateTime;

/// <summary>Microsoft's date-time options. Only <see cref="None"/> is implemented; the others are rejected.</summary>
[Flags]
public enum DateTimeOptions
{
    None = 0,
    SkipFromToMerge = 1,
    SplitDateAndTime = 2,
    CalendarMode = 4,
    ExtendedTypes = 8,
    TasksMode = 1048576,
    ExperimentalMode = 4194304,
    EnablePreview = 8388608,
}
