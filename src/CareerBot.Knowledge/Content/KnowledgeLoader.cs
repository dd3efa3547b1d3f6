using CareerBot.Knowledge.Analysis;

namespace CareerBot.Knowledge.Content;

/// <summary>
/// Loads the knowledge folder and checks it as a whole. Any problem means no knowledge base:
/// a half-loaded guide would answer some questions wrongly without anyone noticing.
/// </summary>
public static class KnowledgeLoader
{
    public static KnowledgeLoadResult Load(string folder)
    {
        var problems = new List<KnowledgeProblem>();
        if (!Directory.Exists(folder))
        {
            return new KnowledgeLoadResult(null, [new KnowledgeProblem(folder, 0, "folder", "the knowledge folder does not exist")]);
        }

        var root = Path.GetFullPath(Path.Combine(folder, ".."));
        string Display(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        string? ReadText(string relative)
        {
            var path = Path.Combine(folder, relative);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }

            problems.Add(new KnowledgeProblem(Display(path), 0, "file", "is missing"));
            return null;
        }

        (string Text, string File)? Named(string relative) =>
            ReadText(relative) is { } text ? (text, Display(Path.Combine(folder, relative))) : null;

        var sourcesFile = Named(KnowledgeFiles.Sources);
        var sources = sourcesFile is { } s
            ? SmallFileReaders.ReadSources(YamlFields.Parse(s.Text, s.File, 0, problems), s.File, problems)
            : [];
        var sourceIds = sources.Keys.ToHashSet(StringComparer.Ordinal);

        var entries = ReadEntries(Path.Combine(folder, KnowledgeFiles.FaqFolder), Display, sourceIds, problems);

        var synonymsFile = Named(KnowledgeFiles.Synonyms);
        var synonymLines = synonymsFile is { } syn ? syn.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n') : [];
        if (synonymsFile is { } synFile)
        {
            GuideSynonyms.Parse(synonymLines, synFile.File, problems);
        }

        // Lucene's word-list format: one word a line, '#' starts a comment.
        var stopWords = Named(KnowledgeFiles.StopWords) is { } stop
            ? stop.Text.Split('\n').Select(l => l.Split('#')[0].Trim().ToLowerInvariant()).Where(w => w.Length > 0).ToList()
            : [];

        var cues = Named(KnowledgeFiles.Cues) is { } c
            ? SmallFileReaders.ReadCues(YamlFields.Parse(c.Text, c.File, 0, problems), c.File, problems)
            : [];
        var repliesFile = Named(KnowledgeFiles.Replies);
        var replies = repliesFile is { } r
            ? SmallFileReaders.ReadReplies(YamlFields.Parse(r.Text, r.File, 0, problems), r.File, problems)
            : null;
        var scopeFile = Named(KnowledgeFiles.Scope);
        var scopeRoot = scopeFile is { } sc ? YamlFields.Parse(sc.Text, sc.File, 0, problems) : null;
        var scope = scopeFile is { } scf ? SmallFileReaders.ReadScope(scopeRoot, scf.File, problems) : [];
        var declineExamples = scopeFile is { } scd ? SmallFileReaders.ReadDeclineExamples(scopeRoot, scd.File, problems) : [];

        T Table<T>(string relative) where T : new() =>
            Named(relative) is { } t ? DataTableReader.Read<T>(t.Text, t.File, sourceIds, problems) : new T();
        var certifications = Table<CertificationTable>(KnowledgeFiles.Certifications);
        var salaries = Table<SalaryTable>(KnowledgeFiles.Salaries);
        foreach (var block in salaries.Levels)
        {
            block.Rows.ForEach(row => row.FullFigures = block.Figures == "full");
        }

        var outlook = Table<OutlookTable>(KnowledgeFiles.Outlook);
        var planning = Table<PlanningTable>(KnowledgeFiles.Planning);

        var entryIds = entries.Select(e => e.Entry.Id).ToHashSet(StringComparer.Ordinal);
        CrossReferenceCheck.Run(entries, entryIds, replies, repliesFile?.File, certifications, Display(Path.Combine(folder, KnowledgeFiles.Certifications)), problems);
        var dialogs = DialogScriptReader.Read(Path.Combine(folder, KnowledgeFiles.DialogsFolder), Display, sourceIds, entryIds, problems);
        PlanningCheck.Run(planning, certifications, dialogs, Display(Path.Combine(folder, KnowledgeFiles.Planning)), problems);

        if (problems.Count > 0 || replies is null)
        {
            return new KnowledgeLoadResult(null, problems);
        }

        var knowledge = new KnowledgeBase(
            entries.Select(e => e.Entry).ToList(),
            sources.ToDictionary(p => p.Key, p => p.Value.Source, StringComparer.Ordinal),
            synonymLines,
            stopWords,
            cues,
            replies,
            scope,
            certifications,
            salaries,
            outlook,
            planning,
            dialogs)
        {
            DeclineExamples = declineExamples,
        };
        return new KnowledgeLoadResult(knowledge, problems);
    }

    private static List<(FaqEntry Entry, int IdLine, int SourcesLine, int RelatedLine)> ReadEntries(
        string faqFolder, Func<string, string> display, HashSet<string> sourceIds, List<KnowledgeProblem> problems)
    {
        var entries = new List<(FaqEntry, int, int, int)>();
        if (!Directory.Exists(faqFolder))
        {
            problems.Add(new KnowledgeProblem(display(faqFolder), 0, "folder", "is missing"));
            return entries;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(faqFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = display(path);
            if (FaqEntryReader.Read(File.ReadAllText(path), file, problems) is not { } read)
            {
                continue;
            }

            if (!seen.TryAdd(read.Entry.Id, $"{file}:{read.IdLine}"))
            {
                problems.Add(new KnowledgeProblem(file, read.IdLine, "id", $"duplicate id '{read.Entry.Id}' (also in {seen[read.Entry.Id]})"));
                continue;
            }

            foreach (var source in read.Entry.Sources.Where(id => !sourceIds.Contains(id)))
            {
                problems.Add(new KnowledgeProblem(file, read.SourcesLine, "sources", $"unknown source id '{source}'"));
            }

            entries.Add(read);
        }

        return entries;
    }
}
