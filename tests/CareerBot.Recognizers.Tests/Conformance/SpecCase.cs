using System.Globalization;
using System.Text.Json;

namespace CareerBot.Recognizers.Tests.Conformance;

/// <summary>One test case of a Microsoft spec file: an input and the results it should give.</summary>
internal sealed record SpecCase(int Index, string Input, IReadOnlyList<JsonElement> Results, System.DateTime? ReferenceDateTime, bool IsSupportedDotNet)
{
    public static IReadOnlyList<SpecCase> Load(string path)
    {
        // File.ReadAllText detects the UTF-8 BOM that DateTimeModel.json starts with.
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<SpecCase>();
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var input = Property(element, "Input")?.GetString() ?? string.Empty;
            var results = Property(element, "Results") is { ValueKind: JsonValueKind.Array } array
                ? array.EnumerateArray().Select(r => r.Clone()).ToList()
                : [];
            System.DateTime? reference = null;
            if (Property(element, "Context") is { } context && Property(context, "ReferenceDateTime") is { } referenceText)
                reference = System.DateTime.Parse(referenceText.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None);
            var supported = !NamesDotNet(Property(element, "NotSupported")) && !NamesDotNet(Property(element, "NotSupportedByDesign"));
            cases.Add(new SpecCase(index++, input, results, reference, supported));
        }

        return cases;
    }

    /// <summary>Keys are matched case-insensitively, as Newtonsoft.Json does in Microsoft's harness ("Typename").</summary>
    public static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }

        return null;
    }

    private static bool NamesDotNet(JsonElement? platforms) =>
        platforms is { ValueKind: JsonValueKind.String } value
        && value.GetString()!.Split(',').Any(p => string.Equals(p.Trim(), "dotnet", StringComparison.OrdinalIgnoreCase));
}
