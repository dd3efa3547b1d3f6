namespace CareerBot.Tests.Shared;

/// <summary>A throw-away copy of the real knowledge folder that a test can break (shared by the test projects).</summary>
public sealed class KnowledgeFolder : IDisposable
{
    public KnowledgeFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "careerbot-knowledge-" + Guid.NewGuid().ToString("N"));
        Path_ = Path.Combine(Root, "knowledge");
        Copy(Real, Path_);
    }

    public static string Real { get; } = FindReal();

    public string Root { get; }

    public string Path_ { get; }

    public string File(string relative) => System.IO.Path.Combine(Path_, relative);

    public void Replace(string relative, string oldText, string newText)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        System.IO.File.WriteAllText(File(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }

    private static string FindReal()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "knowledge");
            if (System.IO.File.Exists(System.IO.Path.Combine(candidate, "sources.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("knowledge folder not found");
    }
}
