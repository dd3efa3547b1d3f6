using System.Collections.Concurrent;
using Lucene.Net.Util.Automaton;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Corrects a misspelt word to the closest word the guide uses, with Lucene's Levenshtein automata
/// (the machinery behind its fuzzy queries): one edit from 4 letters, two from 8, transpositions
/// counting as one; among equally close words the most frequent wins. A word whose stems are all stems of known
/// words is another form of a known word ("planning" beside "plan"), not a typo: it is corrected only towards a known
/// word of the same stem ("enginer" → "engineer", whose stem the stemmer gives it too), else left alone, so that
/// phrases spelt out in the synonyms ("google professional ml engineer") still match. A real word of the language
/// (<see cref="Semantics.ModelVocabulary"/>) is never a typo.
/// </summary>
public sealed class TypoCorrector
{
    // Short words are too often other real words ("cash" is not a typo of "case", "fair" not of
    // "far"): a four-letter word may only have lost a letter ("azur" → "azure").
    private const int MinLength = 4;
    private const int MaxCachedWords = 20_000;
    private readonly Dictionary<string, int> _frequency;
    private readonly (string Word, int Count)[] _byFrequency;
    private readonly Func<string, IEnumerable<string>>? _stems;
    private readonly HashSet<string> _knownStems;
    private readonly IReadOnlySet<string> _englishWords;
    private readonly Dictionary<string, (string Word, int Count)[]> _wordsByStem;

    // People misspell the same words over and over; a correction is computed once per word (null = none).
    private readonly ConcurrentDictionary<string, string?> _corrections = new(StringComparer.Ordinal);

    /// <param name="vocabulary">Each known word with how often the guide uses it.</param>
    /// <param name="stems">The stems of a text, as the guide's analysis chain gives them; without it no word counts as a known word's form.</param>
    /// <param name="englishWords">Real words of the language, never taken for typos even when the guide does not use them.</param>
    public TypoCorrector(IReadOnlyDictionary<string, int> vocabulary, Func<string, IEnumerable<string>>? stems = null, IReadOnlySet<string>? englishWords = null)
    {
        _englishWords = englishWords ?? new HashSet<string>();
        _frequency = new Dictionary<string, int>(vocabulary, StringComparer.Ordinal);
        _stems = stems;
        _knownStems = stems is null ? [] : stems(string.Join(' ', vocabulary.Keys)).ToHashSet(StringComparer.Ordinal);
        _byFrequency = _frequency
            .Where(pair => pair.Key.Length >= 3 && !pair.Key.Any(char.IsDigit))
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Key, pair.Value))
            .ToArray();
        _wordsByStem = stems is null
            ? []
            : _byFrequency
                .SelectMany(entry => stems(entry.Word).Select(stem => (stem, entry)))
                .GroupBy(pair => pair.stem, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(pair => pair.entry).ToArray(), StringComparer.Ordinal);
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The correction for <paramref name="word"/>, or null when it is known or nothing is close.</summary>
    public string? Correct(string word)
    {
        if (_frequency.ContainsKey(word) || _englishWords.Contains(word) || word.Length < MinLength || word.Any(char.IsDigit))
        {
            return null;
        }

        if (_corrections.TryGetValue(word, out var known))
        {
            return known;
        }

        var correction = StemsOfKnownWords(word) is { } stems
            ? Find(word, stems.SelectMany(stem => _wordsByStem.GetValueOrDefault(stem) ?? []).OrderByDescending(entry => entry.Count).ToArray())
            : Find(word, _byFrequency);
        if (_corrections.Count >= MaxCachedWords)
        {
            _corrections.Clear();
        }

        _corrections.TryAdd(word, correction);
        return correction;
    }

    /// <summary>The word's stems when every one of them is a known word's stem (the word is a form of a known word), else null.</summary>
    private List<string>? StemsOfKnownWords(string word) =>
        _stems is not null && _stems(word).ToList() is { Count: > 0 } stems && stems.All(_knownStems.Contains) ? stems : null;

    private static string? Find(string word, (string Word, int Count)[] candidates)
    {
        var maxEdits = word.Length >= 8 ? 2 : 1;
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            var automaton = new CharacterRunAutomaton(new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(edits));
            foreach (var (candidate, _) in candidates)
            {
                if (Math.Abs(candidate.Length - word.Length) > edits || (word.Length == MinLength && !LostLetterOrSwapped(word, candidate)))
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

    /// <summary>
    /// For a four-letter word, the only safe corrections: a letter lost ("azur" → "azure") or two letters swapped
    /// ("waht" → "what"); a changed letter is too often another real word ("cash" is not "case").
    /// </summary>
    private static bool LostLetterOrSwapped(string word, string candidate) =>
        candidate.Length == MinLength + 1
        || (candidate.Length == MinLength && word.Order().SequenceEqual(candidate.Order()));
}
