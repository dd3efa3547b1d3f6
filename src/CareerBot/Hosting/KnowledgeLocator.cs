using CareerBot.Knowledge.Content;

namespace CareerBot.Hosting;

/// <summary>
/// Finds the knowledge folder: the configured <c>Knowledge:Path</c>, else the nearest
/// <c>knowledge/</c> above the working directory or the app's own folder (a clone, a test run, a container).
/// </summary>
public static class KnowledgeLocator
{
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "knowledge");
                if (File.Exists(Path.Combine(candidate, KnowledgeFiles.Sources)))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath("knowledge");
    }
}
