using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Synonyms in Solr's format: <c>a, b, c</c> makes the words interchangeable and
/// <c>a, b => c</c> rewrites the left side to the right side. Phrases of several words are allowed.
/// Every member of a group is rewritten to the group's first member, in the index and in questions
/// alike, so a group counts as one term: an answer that says "pay", "salary" and "earn" does not
/// outrank one that says "salary" once.
/// </summary>
public sealed class SynonymMap
{
    // First token of a phrase → the phrases starting with it, longest first, each with its canonical form.
    private readonly Dictionary<string, List<(string[] Phrase, string[] Canonical)>> _rules = new(StringComparer.Ordinal);

    public static SynonymMap Empty { get; } = new();

    /// <summary>Every word the file mentions, so the typo corrector can aim at them too.</summary>
    public IEnumerable<string> Words => _rules.Values.SelectMany(r => r).SelectMany(r => r.Phrase.Concat(r.Canonical));

    public static SynonymMap Parse(IEnumerable<string> lines, string file, List<KnowledgeProblem> problems)
    {
        var map = new SynonymMap();
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sides = line.Split("=>");
            if (sides.Length > 2)
            {
                problems.Add(new KnowledgeProblem(file, lineNumber, "synonyms", "a line may contain '=>' only once"));
                continue;
            }

            var left = Phrases(sides[0]);
            var right = sides.Length == 2 ? Phrases(sides[1]) : left;
            if (left.Count == 0 || right.Count == 0 || (sides.Length == 1 && left.Count < 2))
            {
                problems.Add(new KnowledgeProblem(file, lineNumber, "synonyms",
                    "write at least two words separated by commas, or 'words => replacement'"));
                continue;
            }

            if (right.Count > 1 && sides.Length == 2)
            {
                problems.Add(new KnowledgeProblem(file, lineNumber, "synonyms", "the right side of '=>' must be one word or phrase"));
                continue;
            }

            foreach (var phrase in left)
            {
                map.Add(phrase, right[0]);
            }
        }

        return map;
    }

    /// <summary>The tokens with every known phrase replaced by its canonical form; each result remembers how many input tokens it stands for.</summary>
    public List<(int Span, string[] Words)> Canonicalize(IReadOnlyList<string> tokens)
    {
        var result = new List<(int, string[])>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var match = _rules.TryGetValue(tokens[i], out var candidates)
                ? candidates.FirstOrDefault(c => PhraseMatch.StartsAt(tokens, i, c.Phrase))
                : default;
            if (match.Phrase is null)
            {
                result.Add((1, [tokens[i]]));
                i++;
            }
            else
            {
                result.Add((match.Phrase.Length, match.Canonical));
                i += match.Phrase.Length;
            }
        }

        return result;
    }

    private void Add(string[] phrase, string[] canonical)
    {
        if (!_rules.TryGetValue(phrase[0], out var list))
        {
            _rules[phrase[0]] = list = [];
        }

        // A phrase listed twice keeps its first meaning, as in a dictionary's first sense.
        if (!list.Any(r => r.Phrase.SequenceEqual(phrase)))
        {
            list.Add((phrase, canonical));
            list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        }
    }

    private static List<string[]> Phrases(string side) =>
        side.Split(',').Select(p => Tokenizer.Tokenize(p).ToArray()).Where(p => p.Length > 0).ToList();
}
