using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.DateTime;

/// <summary>
/// The lower-cased query with every number replaced by '#' characters of the same length, so
/// date patterns can say "# days" without restating number grammar; offsets are unchanged.
/// </summary>
internal sealed class MaskedQuery
{
    private readonly Dictionary<int, double> _values = [];

    public MaskedQuery(string query)
    {
        Lower = query.ToLowerInvariant();
        var chars = Lower.ToCharArray();
        foreach (var number in new NumberFinder(query).Numbers.Where(n => n.Value >= 0))
        {
            _values[number.Start] = number.Value;
            for (var i = number.Start; i < number.End; i++) chars[i] = '#';
        }

        Masked = new string(chars);
    }

    public string Lower { get; }

    public string Masked { get; }

    public double ValueAt(int start) => _values[start];
}
