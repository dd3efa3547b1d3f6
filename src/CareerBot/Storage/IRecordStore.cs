namespace CareerBot.Storage;

/// <summary>
/// Everything the bot keeps between requests, as versioned JSON records addressed by kind and key:
/// conversation state, feedback, the question log. A write names the version it read (0: "this record
/// must not exist yet"); if someone else wrote in between it fails with <see cref="RecordConflictException"/>
/// and the caller starts again from fresh state, so no update is ever silently overwritten.
/// </summary>
public interface IRecordStore
{
    Task<StoredRecord?> GetAsync(string kind, string key, CancellationToken cancellationToken);

    /// <summary>Records of one kind whose key starts with <paramref name="keyPrefix"/> (all when empty), oldest first.</summary>
    Task<IReadOnlyList<StoredRecord>> ListAsync(string kind, string keyPrefix, CancellationToken cancellationToken);

    /// <summary>Writes a record if its version is still <paramref name="expectedVersion"/>; returns the new version.</summary>
    /// <exception cref="RecordConflictException">The record changed (or appeared) since it was read.</exception>
    Task<long> WriteAsync(string kind, string key, string? userId, string body, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a record if its version is still <paramref name="expectedVersion"/>; false if it changed or is gone.</summary>
    Task<bool> DeleteAsync(string kind, string key, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes every record that belongs to one user; returns how many went.</summary>
    Task<int> DeleteUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes records of one kind last written before <paramref name="cutoff"/>; returns how many went.</summary>
    Task<int> DeleteOlderThanAsync(string kind, DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Creates or migrates the schema; safe to call from several instances at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>True when the store answers a query now (for <c>/readyz</c>).</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
