namespace CareerBot.Storage;

/// <summary>Where records live: <c>Storage:Provider</c>.</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file (WAL) next to the app: one instance, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: several instances sharing one database.</summary>
    PostgreSql,
}
