namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>
/// Finds shared/guide, the five source pages the knowledge is written from. The repository is cloned
/// next to shared/ (locally as a worktree, in CI under another name), so we walk up from the test
/// assembly and look for a sibling shared/ folder at every level, as the conformance tests do.
/// </summary>
internal static class GuideFolder
{
    private static readonly string[] s_relativePath = ["shared", "guide"];

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
