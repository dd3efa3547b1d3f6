using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>
/// Finds the names on the guide pages: runs of capitalised words, joined by "of", "&amp;", "+" or "-"
/// ("TensorFlow", "Senior ML Engineer", "Bureau of Labor Statistics", "AWS Certified Machine Learning - Specialty").
/// The first word of a sentence or list item is capitalised by position, so it is dropped when it is an
/// ordinary word: one the pages never capitalise mid-sentence, and either also write in lower case
/// ("Start") or that stands alone before a lower-case word ("Proves expertise…"). "Python is…" stays
/// (the pages say "Master Python"), and so do "Tesla" as a list item and "California, Texas…". A title-case
/// heading keeps its first word ("Entry Level Machine Learning Engineer"); the few ordinary words such
/// headings capitalise ("What Does a…") are listed, with a reason, in the exclusions file.
/// </summary>
internal sealed partial class NameExtractor
{
    // Words a title-case heading leaves in lower case ("Career Roadmap for Machine Learning Engineers").
    private static readonly HashSet<string> s_minorWords =
        new(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "vs", "with"], StringComparer.Ordinal);

    private readonly HashSet<string> _lowerCaseWords;
    private readonly HashSet<string> _capitalisedMidSentence;
    private readonly HashSet<string> _ordinaryWords;

    public NameExtractor(IEnumerable<string> normalisedPages, IEnumerable<string> ordinaryWords)
    {
        var segments = normalisedPages.SelectMany(Segments).ToList();
        _lowerCaseWords = segments.SelectMany(s => Words().Matches(s)).Select(m => WithoutPossessive(m.Value))
            .Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);
        _capitalisedMidSentence = segments.Where(s => !IsTitleCase(s)).SelectMany(s => Words().Matches(s).Skip(1)).Select(m => m.Value)
            .Where(w => char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal);
        _ordinaryWords = ordinaryWords.ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<GuideFact> Extract(string normalisedPage) =>
        Segments(normalisedPage).SelectMany(segment => NamesIn(segment, firstWordByPosition: !IsTitleCase(segment)));

    /// <summary>The names in a piece cut out of a page, such as an excluded fact, whose first capital is the page's own.</summary>
    public IEnumerable<GuideFact> ExtractFromFragment(string normalisedFragment) =>
        NamesIn(normalisedFragment.Trim(), firstWordByPosition: false);

    /// <summary>A sentence, a list item, a table cell, a heading or a byline: text whose first word is capitalised by position.</summary>
    public static IEnumerable<string> Segments(string normalisedPage) =>
        normalisedPage.Split('\n')
            .SelectMany(line => line.Split('|', '\u00B7'))
            .Select(cell => ListMarker().Replace(cell, ""))
            .SelectMany(cell => SentenceEnd().Split(cell))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    public static string KeyOf(string name) => "name " + name.ToLowerInvariant();

    private IEnumerable<GuideFact> NamesIn(string segment, bool firstWordByPosition)
    {
        foreach (Match run in CapitalisedRun().Matches(segment))
        {
            var phrase = new List<string>();
            var tokens = Tokens().Matches(run.Value).Select(m => m.Value).ToList();
            // A heading capitalises every word, so its first word is kept: "Entry Level Machine Learning Engineer".
            var atSentenceStart = run.Index == 0 && firstWordByPosition;
            // A single capital letter is a name ("R or Java"); "A" and "I" are listed as ordinary words.
            var loneBeforeLowerCase = tokens is [{ Length: > 1 }] && LowerCaseWordNext().IsMatch(segment, run.Index + run.Length);
            foreach (var token in tokens)
            {
                var word = WithoutPossessive(token);
                var possessive = word.Length < token.Length;
                if (atSentenceStart && IsOrdinaryAtSentenceStart(word, loneBeforeLowerCase))
                {
                    continue;
                }

                atSentenceStart = false;
                if (_ordinaryWords.Contains(word))
                {
                    foreach (var name in Emit(phrase)) yield return name;
                }
                else
                {
                    phrase.Add(word);
                    if (possessive)
                    {
                        foreach (var name in Emit(phrase)) yield return name;
                    }
                }
            }

            foreach (var name in Emit(phrase)) yield return name;
        }
    }

    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private bool IsOrdinaryAtSentenceStart(string word, bool loneBeforeLowerCase) =>
        !_capitalisedMidSentence.Contains(word) && (loneBeforeLowerCase || _lowerCaseWords.Contains(word.ToLowerInvariant()));

    // A heading such as "Job Outlook & Growth" capitalises every word but the small ones, so its capitals say
    // nothing about names. A heading has no full stop, which keeps "Master Python and PyTorch." a sentence.
    private static bool IsTitleCase(string segment)
    {
        if (segment.EndsWith('.')) return false;

        var words = Words().Matches(segment).Select(m => m.Value).Where(w => !s_minorWords.Contains(w)).ToList();
        return words.Count >= 2 && words.All(w => char.IsUpper(w[0]));
    }

    // Connectors ("of", "&", "+", "-") join names but never start or end one.
    private static IEnumerable<GuideFact> Emit(List<string> phrase)
    {
        var start = phrase.FindIndex(t => char.IsUpper(t[0]) || char.IsDigit(t[0]));
        var end = phrase.FindLastIndex(t => char.IsUpper(t[0]) || char.IsDigit(t[0]));
        var name = start < 0 ? "" : string.Join(' ', phrase[start..(end + 1)]);
        phrase.Clear();
        return name.Length == 0 ? [] : [new GuideFact(KeyOf(name), name)];
    }

    // "Scikit-learn" and "AI-powered" give "Scikit" and "AI": a hyphen joins only capitalised parts.
    private const string Capitalised = @"[A-Z][A-Za-z0-9]*(?:[.'&][A-Za-z0-9]+|-[A-Z0-9][A-Za-z0-9]*)*";

    [GeneratedRegex(@"(?<![\w.'&-])" + Capitalised + @"(?:(?: | of | & | \+ | - )" + Capitalised + ")*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\G [a-z]")]
    private static partial Regex LowerCaseWordNext();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9.'&-]*[A-Za-z0-9]|[A-Za-z0-9&+-]")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:['-][A-Za-z0-9]+)*")]
    private static partial Regex Words();

    [GeneratedRegex(@"^\s*(?:[-•*]|\d+\.)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<=[.!?:;])\s+")]
    private static partial Regex SentenceEnd();
}
