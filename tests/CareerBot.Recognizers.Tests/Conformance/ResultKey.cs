using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace CareerBot.Recognizers.Tests.Conformance;

/// <summary>
/// The fields of a result that the spec README says to compare: lower-cased text, type name,
/// Start/End when the spec gives them, and the resolution fields of that entity type.
/// </summary>
internal sealed record ResultKey(string Text, string TypeName, int? Start, int? End, string Resolution)
{
    private static readonly string[] s_dateTimeKeys = ["timex", "type", "value", "start", "end"];

    public override string ToString() =>
        $"{TypeName} '{Text}'" + (Start is null ? string.Empty : $" [{Start},{End}]") + $" {Resolution}";

    /// <summary>Equal, ignoring positions that the expected result does not give.</summary>
    public bool Matches(ResultKey actual) =>
        Text == actual.Text && TypeName == actual.TypeName && Resolution == actual.Resolution
        && (Start is null || Start == actual.Start) && (End is null || End == actual.End);

    public static ResultKey FromExpected(JsonElement result)
    {
        var typeName = SpecCase.Property(result, "TypeName")?.GetString() ?? string.Empty;
        var start = SpecCase.Property(result, "Start") is { ValueKind: JsonValueKind.Number } s && s.GetInt32() >= 0 ? s.GetInt32() : (int?)null;
        var end = SpecCase.Property(result, "End") is { ValueKind: JsonValueKind.Number } e && e.GetInt32() >= 0 ? e.GetInt32() : (int?)null;
        var resolution = SpecCase.Property(result, "Resolution");
        var text = SpecCase.Property(result, "Text")?.GetString() ?? string.Empty;
        return new ResultKey(text.ToLowerInvariant(), typeName, start, end,
            DescribeResolution(typeName, key => resolution is { } r ? SpecCase.Property(r, key) is { } v ? FromJson(v) : Missing.Value : Missing.Value));
    }

    public static ResultKey FromActual(ModelResult result) =>
        new(result.Text.ToLowerInvariant(), result.TypeName, result.Start, result.End,
            DescribeResolution(result.TypeName, key => result.Resolution.TryGetValue(key, out var v) ? v : Missing.Value));

    private static string DescribeResolution(string typeName, Func<string, object?> get)
    {
        string[] keys = typeName switch
        {
            "number" or "percentage" or "numberrange" or "ordinal" => ["value"],
            "ordinal.relative" => ["value", "offset", "relativeTo"],
            "currency" or "age" or "dimension" => ["value", "unit"],
            "boolean" => ["value"],
            _ when typeName.StartsWith("datetimeV2", StringComparison.Ordinal) => ["values"],
            _ => ["value"],
        };
        return string.Join("; ", keys.Select(k => $"{k}={Describe(get(k))}"));
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        Missing => "(absent)",
        string s => s,
        bool b => b ? "true" : "false",
        IDictionary dictionary => "{" + string.Join(",", s_dateTimeKeys
            .Where(dictionary.Contains)
            .Select(k => $"{k}:{Describe(dictionary[k])}")) + "}",
        IEnumerable list => "[" + string.Join(" ", list.Cast<object?>().Select(Describe)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => element.ToString(),
    };

    private sealed class Missing
    {
        public static readonly Missing Value = new();
    }
}
