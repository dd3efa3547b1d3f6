namespace CareerBot.Storage;

/// <summary>The <c>Storage</c> section. The connection string is <c>ConnectionStrings:CareerBot</c>.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>How long the text people typed (the question log) is kept; <c>0</c> keeps it for ever.</summary>
    public TimeSpan MessageRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Tries of one turn when another instance changed the conversation at the same time.</summary>
    public int ConflictAttempts { get; set; } = 8;
}
