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
        services.AddSingleton<IConversationStateStore, StoredConversationStateStore>();
        services.AddSingleton<QuestionLog>();
        services.AddHostedService<StorageMaintenance>();
        return services;
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
