namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Corrects a misspelt word to the closest word the index knows, SymSpell-style: every word's
/// deletions are precomputed, so a lookup costs a few dictionary probes instead of a scan.
/// One edit is allowed from 4 letters, two from 8.
/// </summary>
public sealed class TypoCorrector
{
    private const int MaxDistance = 2;
    // Short words are too often other real words ("cash" is not a typo of "case", "fair" not of
    // "far"): a four-letter word may only have lost a letter ("azur" → "azure").
    private const int MinLength = 4;
    private readonly Dictionary<string, int> _frequency;
    private const int MaxCachedWords = 20_000;
    private readonly Dictionary<string, List<string>> _deletions = new(StringComparer.Ordinal);

    // People misspell the same words over and over; a correction is computed once per word (null = none).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _corrections = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string[]> _byStem;

    public TypoCorrector(IReadOnlyDictionary<string, int> vocabulary)
    {
        _frequency = new Dictionary<string, int>(vocabulary, StringComparer.Ordinal);
        _byStem = _frequency
            .GroupBy(pair => PorterStemmer.Stem(pair.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(pair => pair.Value).Select(pair => pair.Key).ToArray(), StringComparer.Ordinal);
        foreach (var word in _frequency.Keys.Where(w => w.Length >= 3 && !w.Any(char.IsDigit)))
        {
            foreach (var deletion in Deletions(word, MaxDistance))
            {
                if (!_deletions.TryGetValue(deletion, out var words))
                {
                    _deletions[deletion] = words = [];
                }

                words.Add(word);
            }
        }
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The correction for <paramref name="word"/>, or null when it is known or nothing is close.</summary>
    public string? Correct(string word)
    {
        if (_frequency.ContainsKey(word) || word.Length < MinLength || word.Any(char.IsDigit))
        {
            return null;
        }

        if (_corrections.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var correction = SameStemOrClosest(word);
        if (_corrections.Count < MaxCachedWords)
        {
            _corrections.TryAdd(word, correction);
        }

        return correction;
    }

    /// <summary>
    /// Another form of a word we know ("realised" when the guide says "realise") is read as the
    /// closest form the guide uses, unless a spelling slip explains the word better
    /// ("beginers" is "beginners" misspelt, not a form of "begin").
    /// </summary>
    private string? SameStemOrClosest(string word)
    {
        var closest = Closest(word);
        if (!_byStem.TryGetValue(PorterStemmer.Stem(word), out var forms))
        {
            return closest;
        }

        // The slip wins only when it keeps the word's stem and is nearer ("beginers" → "beginners");
        // otherwise a real word keeps its meaning ("choosing" stays a form of "choose", not "chasing").
        var stem = PorterStemmer.Stem(word);
        var sameStem = forms.MinBy(form => EditDistance.DamerauLevenshtein(word, form, word.Length))!;
        return closest is not null
            && PorterStemmer.Stem(closest).StartsWith(stem, StringComparison.Ordinal)
            && EditDistance.DamerauLevenshtein(word, closest, word.Length) < EditDistance.DamerauLevenshtein(word, sameStem, word.Length)
            ? closest
            : sameStem;
    }

    private string? Closest(string word)
    {
        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var deletion in Deletions(word, allowed))
        {
            if (!_deletions.TryGetValue(deletion, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // People rarely get the first letter wrong; requiring it keeps "pull" from becoming "full".
                if (Math.Abs(candidate.Length - word.Length) > allowed || !SameStart(word, candidate)
                    || (word.Length == MinLength && candidate.Length <= word.Length))
                {
                    continue;
                }

                var distance = EditDistance.DamerauLevenshtein(word, candidate, allowed);
                var frequency = _frequency[candidate];
                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
    }

    private static bool SameStart(string word, string candidate) =>
        word[0] == candidate[0] || (word[0] == candidate[1] && word[1] == candidate[0]);

    private static HashSet<string> Deletions(string word, int distance)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < distance; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier.Where(w => w.Length > 1))
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var deleted = w.Remove(i, 1);
                    if (result.Add(deleted))
                    {
                        next.Add(deleted);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }
}
