namespace CareerBot.Knowledge.Content;

/// <summary>Checks the references between files: related entries, starter buttons and certification entries.</summary>
internal static class CrossReferenceCheck
{
    public static void Run(
        IEnumerable<(FaqEntry Entry, int IdLine, int SourcesLine, int RelatedLine)> entries,
        HashSet<string> entryIds,
        Replies? replies,
        string? repliesFile,
        CertificationTable certifications,
        string certificationsFile,
        List<KnowledgeProblem> problems)
    {
        foreach (var (entry, _, _, relatedLine) in entries)
        {
            foreach (var related in entry.Related.Where(id => !entryIds.Contains(id)))
            {
                problems.Add(new KnowledgeProblem(entry.File, relatedLine, "related", $"unknown entry id '{related}'"));
            }

            if (entry.Related.Contains(entry.Id))
            {
                problems.Add(new KnowledgeProblem(entry.File, relatedLine, "related", "an entry cannot be related to itself"));
            }
        }

        if (replies is not null && repliesFile is not null)
        {
            foreach (var starter in replies.Starters.Where(id => !entryIds.Contains(id)))
            {
                problems.Add(new KnowledgeProblem(repliesFile, 0, "starters", $"unknown entry id '{starter}'"));
            }
        }

        foreach (var certification in certifications.Certifications.Where(c => !entryIds.Contains(c.Entry)))
        {
            problems.Add(new KnowledgeProblem(certificationsFile, 0, "entry", $"certification '{certification.Id}' names unknown entry id '{certification.Entry}'"));
        }
    }
}
