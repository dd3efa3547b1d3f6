using CareerBot.Storage;
using CareerBot.Tests.Support;
using Npgsql;

namespace CareerBot.Tests.Storage;

/// <summary>A fresh, empty database per test, on either provider: a new SQLite file or a new PostgreSQL database.</summary>
public static class TestStores
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<string> NewDatabaseAsync(string provider)
    {
        if (provider == nameof(StorageProvider.Sqlite))
        {
            return TestDatabases.NewSqlite();
        }

        var server = TestDatabases.Postgres
            ?? throw new InvalidOperationException($"CI=true but {TestDatabases.PostgresVariable} is not set: PostgreSQL was not started for the tests.");
        var name = $"careerbot_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The bot's configuration for that database, as a deployment would set it.</summary>
    public static Dictionary<string, string?> Settings(string provider, string connectionString) => new()
    {
        ["Storage:Provider"] = provider,
        ["ConnectionStrings:CareerBot"] = connectionString,
    };

    public static IRecordStore Open(string provider, string connectionString, TimeProvider? time = null) =>
        StorageServices.Create(Enum.Parse<StorageProvider>(provider), connectionString, Path.GetTempPath(), time ?? TimeProvider.System);
}
