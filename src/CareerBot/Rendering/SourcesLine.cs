using System.Globalization;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Rendering;

/// <summary>The one-line list of sources under an answer: "Sources: [1] Publisher (date); [2] …".</summary>
public static class SourcesLine
{
    public static string Plain(string label, ComposedAnswer answer) =>
        answer.Citations.Count == 0
            ? ""
            : $"{label}: " + string.Join("; ", answer.Citations.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"[{i + 1}] {c.Publisher} ({c.AsOf})")));

    /// <summary>The answer's text followed by its sources line, separated by a blank line.</summary>
    public static string Append(string text, string line) => line.Length == 0 ? text : $"{text}\n\n{line}";
}
