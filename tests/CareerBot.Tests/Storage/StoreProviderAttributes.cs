using System.Reflection;
using CareerBot.Tests.Support;
using Xunit.Sdk;

namespace CareerBot.Tests.Storage;

/// <summary>Runs a storage theory on a fresh SQLite file.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteStoreAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["Sqlite"]];
}

/// <summary>
/// Runs a storage theory on PostgreSQL (<c>CAREERBOT_TEST_POSTGRES</c>). Without a server the case is
/// skipped, with the reason, on a developer's machine; under <c>CI=true</c> it runs and fails, so CI can
/// never pass by quietly not testing PostgreSQL.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresStoreAttribute : DataAttribute
{
    public PostgresStoreAttribute()
    {
        if (TestDatabases.Postgres is null && !TestStores.InCi)
        {
            Skip = $"PostgreSQL not available: set {TestDatabases.PostgresVariable} to a connection string (.ci/run starts one)";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["PostgreSql"]];
}
