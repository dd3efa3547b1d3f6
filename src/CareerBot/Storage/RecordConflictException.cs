namespace CareerBot.Storage;

/// <summary>A write named a version that is no longer current: read again, redo the change, write again.</summary>
public sealed class RecordConflictException(string kind, string key, long expectedVersion)
    : Exception($"The {kind} record '{key}' is no longer at version {expectedVersion}.")
{
    public string Kind { get; } = kind;

    public string Key { get; } = key;
}
