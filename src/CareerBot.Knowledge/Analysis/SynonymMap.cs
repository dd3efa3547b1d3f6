using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Synonyms in Solr's format: <c>a, b, c</c> makes the words interchangeable and
/// <c>a, b => c</c> rewrites the left side to the right side. Phrases of several words are allowed.
/// </summary>
public sealed class SynonymMap
{
    // First token of a phrase → the phrases starting with it, longest first, each with what it stands for.
    private readonly Dictionary<string, List<(string[] Phrase, IReadOnlyList<string[]> Alternatives)>> _rules = new(StringComparer.Ordinal);

    public static SynonymMap Empty { get; } = new();

    /// <summary>Every word the file mentions, so the typo corrector can aim at them too.</summary>
    public IEnumerable<string> Words => _rules.Values.SelectMany(r => r).SelectMany(r => r.Alternatives.Append(r.Phrase)).SelectMany(p => p);

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

            foreach (var phrase in left)
            {
                map.Add(phrase, right);
            }
        }

        return map;
    }

    /// <summary>
    /// Groups the tokens into clauses: a phrase found in the map becomes one clause holding every
    /// phrase it stands for; any other token is a clause of its own.
    /// </summary>
    public List<(int Length, IReadOnlyList<string[]> Alternatives)> Expand(IReadOnlyList<string> tokens)
    {
        var clauses = new List<(int, IReadOnlyList<string[]>)>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var match = _rules.TryGetValue(tokens[i], out var candidates)
                ? candidates.FirstOrDefault(c => Matches(tokens, i, c.Phrase))
                : default;
            if (match.Phrase is null)
            {
                clauses.Add((1, [[tokens[i]]]));
                i++;
            }
            else
            {
                clauses.Add((match.Phrase.Length, match.Alternatives));
                i += match.Phrase.Length;
            }
        }

        return clauses;
    }

    private void Add(string[] phrase, IReadOnlyList<string[]> alternatives)
    {
        if (!_rules.TryGetValue(phrase[0], out var list))
        {
            _rules[phrase[0]] = list = [];
        }

        // A word listed in two groups keeps both meanings.
        var existing = list.FindIndex(r => r.Phrase.SequenceEqual(phrase));
        if (existing >= 0)
        {
            var merged = list[existing].Alternatives.Concat(alternatives).DistinctBy(p => string.Join(' ', p)).ToList();
            list[existing] = (phrase, merged);
            return;
        }

        list.Add((phrase, alternatives));
        list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    private static bool Matches(IReadOnlyList<string> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static List<string[]> Phrases(string side) =>
        side.Split(',').Select(p => Tokenizer.Tokenize(p).ToArray()).Where(p => p.Length > 0).ToList();
}
