using System.Collections.Concurrent;
using Lucene.Net.Util.Automaton;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Corrects a misspelt word to the closest word the guide uses, with Lucene's Levenshtein automata
/// (the machinery behind its fuzzy queries): one edit from 4 letters, two from 8, transpositions
/// counting as one; among equally close words the most frequent wins.
/// </summary>
public sealed class TypoCorrector
{
    // Short words are too often other real words ("cash" is not a typo of "case", "fair" not of
    // "far"): a four-letter word may only have lost a letter ("azur" → "azure").
    private const int MinLength = 4;
    private const int MaxCachedWords = 20_000;
    private readonly Dictionary<string, int> _frequency;
    private readonly (string Word, int Count)[] _byFrequency;

    // People misspell the same words over and over; a correction is computed once per word (null = none).
    private readonly ConcurrentDictionary<string, string?> _corrections = new(StringComparer.Ordinal);

    public TypoCorrector(IReadOnlyDictionary<string, int> vocabulary)
    {
        _frequency = new Dictionary<string, int>(vocabulary, StringComparer.Ordinal);
        _byFrequency = _frequency
            .Where(pair => pair.Key.Length >= 3 && !pair.Key.Any(char.IsDigit))
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Key, pair.Value))
            .ToArray();
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The correction for <paramref name="word"/>, or null when it is known or nothing is close.</summary>
    public string? Correct(string word)
    {
        if (_frequency.ContainsKey(word) || word.Length < MinLength || word.Any(char.IsDigit))
        {
            return null;
        }

        if (_corrections.TryGetValue(word, out var known))
        {
            return known;
        }

        var correction = Find(word);
        if (_corrections.Count >= MaxCachedWords)
        {
            _corrections.Clear();
        }

        _corrections.TryAdd(word, correction);
        return correction;
    }

    private string? Find(string word)
    {
        var maxEdits = word.Length >= 8 ? 2 : 1;
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            var automaton = new CharacterRunAutomaton(new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(edits));
            foreach (var (candidate, _) in _byFrequency)
            {
                if (Math.Abs(candidate.Length - word.Length) > edits || (word.Length == MinLength && candidate.Length != MinLength + 1))
                {
                    continue;
                }

                if (automaton.Run(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
