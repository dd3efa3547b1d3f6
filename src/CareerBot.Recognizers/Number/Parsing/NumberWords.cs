namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// The English number vocabulary, in one place so that every model (numbers, ordinals,
/// currencies, durations...) reads "twenty-one", "a dozen" or "three quarters" the same way.
/// </summary>
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    public static readonly IReadOnlySet<string> Zeros = new HashSet<string> { "zero", "nought", "naught" };

    public static readonly IReadOnlyDictionary<string, int> Teens = new Dictionary<string, int>
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly IReadOnlyDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Multipliers above a hundred, including the Indian lakh and crore.</summary>
    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
    };

    public static readonly IReadOnlySet<string> Dozens = new HashSet<string> { "dozen", "dozens", "dzs", "dozs" };

    /// <summary>Ordinal words by value; "nineth" is a common misspelling that people do type.</summary>
    public static readonly IReadOnlyDictionary<string, double> Ordinals = new Dictionary<string, double>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["nineth"] = 9, ["tenth"] = 10, ["eleventh"] = 11,
        ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
        ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70,
        ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100, ["thousandth"] = 1e3,
        ["millionth"] = 1e6, ["billionth"] = 1e9, ["trillionth"] = 1e12,
    };

    /// <summary>
    /// Words that name a fraction's denominator ("two thirds", "a quarter"). "first" and "second"
    /// only count inside a compound such as "twenty-first", because "one second" is a duration;
    /// millionth and billionth are left out because "two millionth" reads as a rank, not a fraction.
    /// </summary>
    public static bool IsDenominator(string word, out double value)
    {
        value = 0;
        var singular = Singular(word);
        if (singular is "half" or "halve") { value = 2; return true; }
        if (singular == "quarter") { value = 4; return true; }
        if (singular is "first" or "second" or "millionth" or "billionth") return false;
        return Ordinals.TryGetValue(singular, out value);
    }

    /// <summary>Ordinal units that can end a compound denominator such as "twenty-first".</summary>
    public static bool IsUnitOrdinal(string word, out double value)
    {
        var singular = Singular(word);
        return Ordinals.TryGetValue(singular, out value) && value < 10;
    }

    public static bool IsPlural(string word) => word.EndsWith('s') && word != "halves" || word == "halves";

    public static string Singular(string word) => word switch
    {
        "halves" => "half",
        _ when word.EndsWith('s') && word.Length > 3 => word[..^1],
        _ => word,
    };

    /// <summary>The value of one cardinal word (or "a", which counts as one before a multiplier).</summary>
    public static bool TryCardinal(string word, out double value)
    {
        if (Units.TryGetValue(word, out var unit)) { value = unit; return true; }
        if (Teens.TryGetValue(word, out var teen)) { value = teen; return true; }
        if (Tens.TryGetValue(word, out var ten)) { value = ten; return true; }
        if (Zeros.Contains(word)) { value = 0; return true; }
        if (word is "hundred" or "hundreds") { value = 100; return true; }
        if (Scales.TryGetValue(word, out value)) return true;
        if (word is "thousands" or "millions" or "billions" or "trillions")
            return Scales.TryGetValue(word[..^1], out value);
        value = 0;
        return false;
    }
}
