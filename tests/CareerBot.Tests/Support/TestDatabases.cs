using System.Runtime.CompilerServices;

namespace CareerBot.Tests.Support;

/// <summary>
/// Fresh databases for tests: each bot a test starts gets its own SQLite file (so conversation ids never
/// collide between tests or runs), and PostgreSQL when <c>CAREERBOT_TEST_POSTGRES</c> names a server.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "CAREERBOT_TEST_POSTGRES";

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "careerbot-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>The connection string of a new, empty SQLite file.</summary>
    public static string NewSqlite() => $"Data Source={NewSqliteFile()}";

    public static string NewSqliteFile()
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
    }

    /// <summary>The test PostgreSQL server's connection string, or null when there is none.</summary>
    public static string? Postgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Hosts a test builds without naming a database (the Direct Line and CLI tests) use a file of this run,
    /// never the app's default data folder, so no run sees another's conversations.
    /// </summary>
#pragma warning disable CA2255 // A test assembly's own start-up, not a library's.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseThisRunsFileByDefault()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__CareerBot", NewSqlite());
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open at exit stays in the temp folder; nothing depends on it.
            }
        };
    }
}
