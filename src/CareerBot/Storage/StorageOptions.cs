namespace CareerBot.Storage;

/// <summary>The <c>Storage</c> section. The connection string is <c>ConnectionStrings:CareerBot</c>.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>How long the text people typed (the question log) is kept; <c>0</c> keeps it for ever.</summary>
    public TimeSpan MessageRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Tries of one turn when other turns saved the same conversation first. Each round of a collision has a
    /// winner, so this bounds how many turns on one conversation may race at once (across instances).
    /// </summary>
    public int ConflictAttempts { get; set; } = 32;
}
