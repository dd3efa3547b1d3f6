namespace CareerBot.Recognizers.Tests.Conformance;

/// <summary>
/// Finds shared/conformance/recognizers-specs. The repository is cloned next to shared/ (locally as
/// main/, in CI under another name), so we walk up from the test assembly and look for a sibling
/// shared/ folder at every level.
/// </summary>
internal static class SpecFolder
{
    private static readonly string[] s_relativePath = ["shared", "conformance", "recognizers-specs"];

    public static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. s_relativePath]);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
