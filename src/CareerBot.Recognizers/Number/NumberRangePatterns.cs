using System.Text.RegularExpressions;
using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.Number;

/// <summary>The phrasings of a range, over a query whose numbers are masked as '#' runs.</summary>
internal static class NumberRangePatterns
{
    public delegate string? Describe(Match match, Func<int, double> valueAt);

    private const string Num = @"(?:the\s+)?#+(?!#)";
    private const string More = @"(?:more|greater|higher|larger|bigger)";
    private const string Less = @"(?:less|smaller|lower|fewer)";
    private const string Ge = $@"(?:{More}\s+(?:than\s+)?or\s+equal\s+(?:than|to)|{More}\s+than\s+or\s+equal\s+to|at\s+least(?:\s+or\s+equal\s+to)?|no\s+less\s+than|not\s+less\s+than|equal\s+to\s+or\s+{More}\s+than|(?<![<>=])>\s*=)";
    private const string Le = $@"(?:{Less}\s+(?:than\s+)?or\s+equal\s+(?:than|to)|{Less}\s+than\s+or\s+equal\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|equal\s+to\s+or\s+{Less}\s+than|(?<![<>=])<\s*=)";
    private const string Gt = $@"(?:{More}\s+than|above|over|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|(?<![<>=])>(?![<>=]))";
    private const string Lt = $@"(?:{Less}\s+than|below|under|(?<![<>=])<(?![<>=]))";
    private const string Eq = @"(?:equal\s+to|equals(?:\s+to)?|equaling\s+to)";
    private const string Bound = $@"(?<ge>{Ge})|(?<le>{Le})|(?<gt>{Gt})|(?<lt>{Lt})";
    private const string FirstBound = $@"(?<xge>{Ge})|(?<xle>{Le})|(?<xgt>{Gt})|(?<xlt>{Lt})";

    public static readonly IReadOnlyList<(Regex Pattern, Describe Describe)> All =
    [
        (Make($@"\bbetween\s+(?<a>{Num})\s+and\s+(?<b>{Num})"), (m, v) => Closed(v(Start(m, "a")), v(Start(m, "b")), "[", ")")),
        (Make($@"\bfrom\s+(?<a>{Num})\s+to\s+(?<b>{Num})(?!\s+in\s+#)"), (m, v) => Closed(v(Start(m, "a")), v(Start(m, "b")), "[", ")")),
        (Make($@"(?<![-+/#\w])(?<a>#+)\s*(?:-|–|~|through|to)\s*(?<b>#+)(?![-/#])"), (m, v) => Closed(v(Start(m, "a")), v(Start(m, "b")), "[", ")")),
        (Make($@"\b(?:{FirstBound})\s*(?<a>{Num})\s*(?:,|and|but)?\s*(?:{Bound})\s*(?<b>{Num})"), Combined),
        (Make($@"(?:{Bound})\s*(?<a>{Num})\s+or\s+equal(?>(?:\s+to)?)(?!\s*(?:#|-))"), (m, v) => Single(m, v, inclusive: true)),
        (Make($@"(?<a>{Num})\s+(?:and|or)\s+(?<gt>{More}|above)(?>(?:\s+than)?)(?!\s*(?:#|-))"), (m, v) => $"[{F(v(Start(m, "a")))},)"),
        (Make($@"(?<a>{Num})\s+(?:and|or)\s+(?:{Less}|below)(?>(?:\s+than)?)(?!\s*(?:#|-))"), (m, v) => $"(,{F(v(Start(m, "a")))}]"),
        (Make($@"\b{Eq}\s*(?<a>{Num})\s+or\s+(?<gt>{More})(?>(?:\s+than)?)(?!\s*(?:#|-))"), (m, v) => $"[{F(v(Start(m, "a")))},)"),
        (Make($@"\b{Eq}\s*(?<a>{Num})\s+or\s+(?:{Less})(?>(?:\s+than)?)(?!\s*(?:#|-))"), (m, v) => $"(,{F(v(Start(m, "a")))}]"),
        (Make($@"(?:{Bound})\s*(?<a>{Num})"), (m, v) => Single(m, v, inclusive: false)),
        (Make($@"\b{Eq}\s*(?<a>{Num})"), (m, v) => $"[{F(v(Start(m, "a")))},{F(v(Start(m, "a")))}]"),
    ];

    private static Regex Make(string pattern) => new(pattern, RegexOptions.Compiled);

    /// <summary>The start of the '#' run inside a group that may begin with "the".</summary>
    private static int Start(Match match, string group) => match.Groups[group].Index + match.Groups[group].Value.IndexOf('#', StringComparison.Ordinal);

    private static string F(double value) => NumberFormatter.Format(value);

    private static string? Closed(double low, double high, string open, string close) =>
        low < high ? $"{open}{F(low)},{F(high)}{close}" : null;

    private static string Single(Match m, Func<int, double> v, bool inclusive)
    {
        var a = F(v(Start(m, "a")));
        if (m.Groups["ge"].Success || (m.Groups["gt"].Success && inclusive)) return $"[{a},)";
        if (m.Groups["gt"].Success) return $"({a},)";
        if (m.Groups["le"].Success || (m.Groups["lt"].Success && inclusive)) return $"(,{a}]";
        return $"(,{a})";
    }

    /// <summary>"more than 10 and less than 20" → (10,20); two lower (or two upper) bounds are not one range.</summary>
    private static string? Combined(Match m, Func<int, double> v)
    {
        var first = (Value: v(Start(m, "a")), Lower: m.Groups["xge"].Success || m.Groups["xgt"].Success, Inclusive: m.Groups["xge"].Success || m.Groups["xle"].Success);
        var second = (Value: v(Start(m, "b")), Lower: m.Groups["ge"].Success || m.Groups["gt"].Success, Inclusive: m.Groups["ge"].Success || m.Groups["le"].Success);
        if (first.Lower == second.Lower) return null;
        var (low, high) = first.Lower ? (first, second) : (second, first);
        return Closed(low.Value, high.Value, low.Inclusive ? "[" : "(", high.Inclusive ? "]" : ")");
    }
}
