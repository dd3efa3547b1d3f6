using CareerBot.Knowledge.Content;
using CareerBot.Tests.Shared;

namespace CareerBot.Knowledge.Tests.Content;

/// <summary>The knowledge check: every problem is reported as file:line: field: what is wrong, and stops the load.</summary>
public sealed class KnowledgeLoaderTests
{
    private const string PhdEntry = "faq/education/phd-needed.md";

    [Fact]
    public void TheRealKnowledgeFolderLoadsWithoutProblems()
    {
        var result = KnowledgeLoader.Load(KnowledgeFolder.Real);

        Assert.Empty(result.Problems);
        Assert.True(result.Knowledge!.Entries.Count >= 60);
        Assert.Equal(4, result.Knowledge.Certifications.Certifications.Count(c => c.PathStep is not null));
    }

    [Fact]
    public void ADuplicateIdIsReportedWithBothPlaces()
    {
        using var folder = new KnowledgeFolder();
        var copy = folder.File("faq/education/phd-needed-copy.md");
        File.Copy(folder.File(PhdEntry), copy);
        File.WriteAllText(copy, File.ReadAllText(copy).Replace("id: phd-needed", "id: phd-needed-copy", StringComparison.Ordinal));
        folder.Replace("faq/education/phd-needed-copy.md", "id: phd-needed-copy", "id: phd-needed");

        var problems = Load(folder);

        Assert.Contains(problems, p => p.StartsWith("knowledge/faq/education/phd-needed.md:2: id: duplicate id 'phd-needed'", StringComparison.Ordinal)
            || p.StartsWith("knowledge/faq/education/phd-needed-copy.md:2: id:", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownSourceIsReportedAtItsLine()
    {
        using var folder = new KnowledgeFolder();
        var line = LineOf(folder.File(PhdEntry), "sources:");
        folder.Replace(PhdEntry, "sources: [", "sources: [no-such-source, ");

        Assert.Contains($"knowledge/{PhdEntry}:{line}: sources: unknown source id 'no-such-source'", Load(folder));
    }

    [Fact]
    public void AnUnknownRelatedEntryIsReported()
    {
        using var folder = new KnowledgeFolder();
        folder.Replace(PhdEntry, "related: [", "related: [no-such-entry, ");

        Assert.Contains(Load(folder), p => p.StartsWith($"knowledge/{PhdEntry}:", StringComparison.Ordinal) && p.EndsWith("related: unknown entry id 'no-such-entry'", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmptyAnswerIsReported()
    {
        using var folder = new KnowledgeFolder();
        var text = File.ReadAllText(folder.File(PhdEntry));
        File.WriteAllText(folder.File(PhdEntry), text[..(text.IndexOf("\n---", 4, StringComparison.Ordinal) + 4)] + "\n\n");

        Assert.Contains(Load(folder), p => p.StartsWith($"knowledge/{PhdEntry}:", StringComparison.Ordinal) && p.EndsWith("answer: is empty: write the answer below the closing '---'", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedYamlIsReportedWithTheLineOfTheMistake()
    {
        using var folder = new KnowledgeFolder();
        var line = LineOf(folder.File(PhdEntry), "tags:");
        folder.Replace(PhdEntry, "tags: [", "tags: [[unclosed, ");

        // Entries that point at the broken one are reported too, so look for the file's own problem.
        var problem = Assert.Single(Load(folder), p => p.StartsWith($"knowledge/{PhdEntry}:", StringComparison.Ordinal));
        Assert.Contains(": yaml: malformed YAML", problem, StringComparison.Ordinal);
        Assert.InRange(int.Parse(problem.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), 2, line + 1);
    }

    [Fact]
    public void AMissingFieldIsReported()
    {
        using var folder = new KnowledgeFolder();
        var text = File.ReadAllLines(folder.File(PhdEntry)).Where(l => !l.StartsWith("type:", StringComparison.Ordinal));
        File.WriteAllLines(folder.File(PhdEntry), text);

        Assert.Contains($"knowledge/{PhdEntry}:2: type: is missing", Load(folder));
    }

    [Fact]
    public void AnUnknownSourceInADataTableIsReported()
    {
        using var folder = new KnowledgeFolder();
        folder.Replace("data/salaries.yaml", "source: bls-ooh-2024", "source: bls-typo");

        Assert.Contains(Load(folder), p => p.StartsWith("knowledge/data/salaries.yaml:", StringComparison.Ordinal) && p.EndsWith("source: unknown source id 'bls-typo'", StringComparison.Ordinal));
    }

    private static List<string> Load(KnowledgeFolder folder)
    {
        var result = KnowledgeLoader.Load(folder.Path_);
        Assert.Null(result.Knowledge);
        return result.Problems.Select(p => p.ToString()).ToList();
    }

    private static int LineOf(string file, string prefix) =>
        Array.FindIndex(File.ReadAllLines(file), l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;
}
