namespace CareerBot.Tests.Shared;

/// <summary>
/// Finds a folder of the workspace's shared/ (the guide pages, Microsoft's recognizer specs). The repository is
/// cloned next to shared/ (locally as a worktree, in CI under another name), so we walk up from the test assembly
/// and look for a sibling shared/ folder at every level.
/// </summary>
internal static class SharedFolder
{
    /// <summary>shared/ followed by <paramref name="relative"/>, or null where there is no such folder.</summary>
    public static string? Locate(params string[] relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "shared", .. relative]);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
