using CareerBot.Knowledge.Content;
using Lucene.Net.Analysis.Synonym;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// <c>synonyms.txt</c> parsed by Lucene's Solr-format parser. Groups are not expanded: every member
/// is read as the group's first member (and <c>a, b => c</c> as c), in the index and in questions
/// alike, so a group counts as one term and an answer that says "pay", "salary" and "earn" does not
/// outrank one that says "salary" once.
/// </summary>
public sealed class GuideSynonyms
{
    private GuideSynonyms(SynonymMap? map, IReadOnlyList<string> words)
    {
        Map = map;
        Words = words;
    }

    public static GuideSynonyms Empty { get; } = new(null, []);

    /// <summary>Lucene's compiled map, or null when there are no rules.</summary>
    public SynonymMap? Map { get; }

    /// <summary>Every word the file mentions, so the typo corrector can aim at them too.</summary>
    public IReadOnlyList<string> Words { get; }

    public static GuideSynonyms Parse(IReadOnlyList<string> lines, string file, List<KnowledgeProblem> problems)
    {
        // Lucene's parser stops at the first bad rule; each line is checked alone first so every problem is named with its line.
        var good = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Problem(line) is { } problem)
            {
                problems.Add(new KnowledgeProblem(file, i + 1, "synonyms", problem));
                continue;
            }

            try
            {
                Build([line]);
                good.Add(line);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Add(new KnowledgeProblem(file, i + 1, "synonyms", e.Message));
            }
        }

        var words = good.SelectMany(l => Tokenizer.Tokenize(l.Replace("=>", ",", StringComparison.Ordinal))).Distinct(StringComparer.Ordinal).ToList();
        return good.Count == 0 ? Empty : new GuideSynonyms(Build(good), words);
    }

    private static SynonymMap Build(IEnumerable<string> lines)
    {
        // dedup: a phrase listed twice keeps one rule; expand: false reads every member as the first one.
        var parser = new SolrSynonymParser(dedup: true, expand: false, SurfaceAnalyzer.Instance);
        parser.Parse(new StringReader(string.Join('\n', lines)));
        return parser.Build();
    }

    /// <summary>The shape mistakes editors make, said in their terms rather than the parser's.</summary>
    private static string? Problem(string line)
    {
        var sides = line.Split("=>");
        if (sides.Length > 2)
        {
            return "a line may contain '=>' only once";
        }

        var left = sides[0].Split(',').Count(p => Tokenizer.Tokenize(p).Count > 0);
        var right = sides.Length == 2 ? sides[1].Split(',').Count(p => Tokenizer.Tokenize(p).Count > 0) : left;
        if (left == 0 || right == 0 || (sides.Length == 1 && left < 2))
        {
            return "write at least two words separated by commas, or 'words => replacement'";
        }

        return sides.Length == 2 && right > 1 ? "the right side of '=>' must be one word or phrase" : null;
    }
}
