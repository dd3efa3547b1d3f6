namespace CareerBot.Storage;

/// <summary>One stored record: its JSON body, the version to name when writing it back, and whose it is.</summary>
public sealed record StoredRecord(string Kind, string Key, string? UserId, long Version, DateTimeOffset UpdatedAt, string Body);
