using CareerBot.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage;

/// <summary>
/// The record store chosen by <c>Storage:Provider</c> and <c>ConnectionStrings:CareerBot</c>, the typed
/// stores over it, and the background work that migrates the schema and applies the retention setting.
/// </summary>
public static class StorageServices
{
    public const string ConnectionStringName = "CareerBot";
    public const string DefaultSqliteFile = "data/careerbot.db";

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IRecordStore>(sp => Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider,
            configuration.GetConnectionString(ConnectionStringName),
            sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
            sp.GetRequiredService<TimeProvider>()));
        AddChangeFeed(services, configuration);
        services.AddSingleton<IConversationStateStore, StoredConversationStateStore>();
        services.AddSingleton<QuestionLog>();
        services.AddHostedService<StorageMaintenance>();
        return services;
    }

    // Several instances share a PostgreSQL store, so they hear of each other's changes through it; a SQLite
    // file has one process, which tells itself.
    private static void AddChangeFeed(IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection("Storage").Get<StorageOptions>()?.Provider ?? StorageProvider.Sqlite;
        if (provider != StorageProvider.PostgreSql)
        {
            services.AddSingleton<IChangeFeed, InProcessChangeFeed>();
            return;
        }

        services.AddSingleton(sp => new PostgreSqlChangeFeed(
            configuration.GetConnectionString(ConnectionStringName) ?? "", sp.GetRequiredService<ILogger<PostgreSqlChangeFeed>>()));
        services.AddSingleton<IChangeFeed>(sp => sp.GetRequiredService<PostgreSqlChangeFeed>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlChangeFeed>());
    }

    public static IRecordStore Create(StorageProvider provider, string? connectionString, string contentRoot, TimeProvider time) => provider switch
    {
        StorageProvider.Sqlite => new SqliteRecordStore(
            string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(contentRoot, DefaultSqliteFile)}" : connectionString, time),
        StorageProvider.PostgreSql => new PostgreSqlRecordStore(
            NpgsqlDataSource.Create(string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException($"Storage:Provider is PostgreSql but ConnectionStrings:{ConnectionStringName} is not set.")
                : connectionString),
            time),
        _ => throw new InvalidOperationException($"Unknown Storage:Provider '{provider}'; use Sqlite or PostgreSql."),
    };
}
