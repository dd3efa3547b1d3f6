namespace CareerBot.Recognizers.Number;

/// <summary>Microsoft's number options. Only <see cref="None"/> is implemented; the others are rejected.</summary>
[Flags]
public enum NumberOptions
{
    None = 0,
    PercentageMode = 1,
    SuppressExtendedTypes = 2097152,
    ExperimentalMode = 4194304,
    EnablePreview = 8388608,
    NoProtoCache = 16777216,
}
