using System.Globalization;
using System.Security;
using System.Text;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Salary;

/// <summary>
/// An SVG chart of salary bands by level, one bar per source, drawn from <c>data/salaries.yaml</c>.
/// An open-ended band ("$250K+") fades out to the right; a band without figures says so.
/// </summary>
public static class SalaryChart
{
    private const int Width = 760;
    private const int LabelWidth = 150;
    private const int PlotWidth = 540;
    private const int BarHeight = 16;
    private const int Top = 58;
    private const decimal Step = 50_000;
    private static readonly string[] Colours = ["#2f6fb3", "#d9822b", "#3a9a5b", "#8a4fb3"];

    public static string Render(SalaryTable table, IReadOnlyDictionary<string, Source> sources, string? highlight)
    {
        var levels = table.Levels.SelectMany(s => s.Rows).Select(r => r.Level).Distinct(StringComparer.Ordinal).ToList();
        var top = table.Levels.SelectMany(s => s.Rows).Select(r => Math.Max(r.Max ?? 0, r.Min ?? 0)).DefaultIfEmpty(Step).Max();
        var axisMax = Math.Ceiling(top * 1.1m / Step) * Step;
        var groupHeight = (table.Levels.Count * (BarHeight + 4)) + 14;
        var height = Top + (levels.Count * groupHeight) + 40 + (table.Levels.Count * 16);
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">"));
        svg.Append("<title>Machine learning engineer salary by level, by source</title>");
        svg.Append(Inv($"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>"));
        svg.Append("<text x=\"16\" y=\"24\" font-size=\"16\" font-weight=\"bold\">ML engineer salary by level (US$ a year)</text>");
        svg.Append(Inv($"<defs>{string.Concat(Colours.Select((c, i) => $"<linearGradient id=\"fade{i}\"><stop offset=\"0\" stop-color=\"{c}\"/><stop offset=\"1\" stop-color=\"{c}\" stop-opacity=\"0\"/></linearGradient>"))}</defs>"));

        for (var tick = 0m; tick <= axisMax; tick += Step)
        {
            var x = X(tick, axisMax);
            svg.Append(Inv($"<line x1=\"{x}\" y1=\"{Top - 10}\" x2=\"{x}\" y2=\"{Top + (levels.Count * groupHeight)}\" stroke=\"#e3e3e3\"/>"));
            svg.Append(Inv($"<text x=\"{x}\" y=\"{Top - 14}\" text-anchor=\"middle\" fill=\"#666\">{Money.Thousands(tick)}</text>"));
        }

        for (var g = 0; g < levels.Count; g++)
        {
            var y = Top + (g * groupHeight);
            if (levels[g] == highlight)
            {
                svg.Append(Inv($"<rect x=\"8\" y=\"{y - 4}\" width=\"{Width - 16}\" height=\"{groupHeight - 6}\" fill=\"#fff4cc\"/>"));
            }

            var title = table.Levels.SelectMany(s => s.Rows).First(r => r.Level == levels[g]).Title;
            svg.Append(Inv($"<text x=\"16\" y=\"{y + BarHeight - 3}\" font-weight=\"bold\">{Escape(title)}</text>"));
            for (var s = 0; s < table.Levels.Count; s++)
            {
                var barY = y + (s * (BarHeight + 4));
                var row = table.Levels[s].Rows.FirstOrDefault(r => r.Level == levels[g]);
                svg.Append(Bar(row, s, barY, axisMax));
            }
        }

        var legendY = Top + (levels.Count * groupHeight) + 20;
        for (var s = 0; s < table.Levels.Count; s++)
        {
            var source = sources.GetValueOrDefault(table.Levels[s].Source);
            var name = source is null ? table.Levels[s].Source : $"{Citations.ShortName(source)} ({source.AsOf})";
            svg.Append(Inv($"<rect x=\"16\" y=\"{legendY + (s * 16) - 10}\" width=\"12\" height=\"12\" fill=\"{Colours[s % Colours.Length]}\"/>"));
            svg.Append(Inv($"<text x=\"34\" y=\"{legendY + (s * 16)}\">{Escape(name)}</text>"));
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Bar(SalaryLevelRow? row, int source, int y, decimal axisMax)
    {
        var colour = Colours[source % Colours.Length];
        if (row is null || (row.Min is null && row.Max is null))
        {
            var why = row is null ? "no band" : $"{row.Years} yrs: no figure given";
            return Inv($"<text x=\"{LabelWidth + 4}\" y=\"{y + BarHeight - 4}\" fill=\"#888\" font-style=\"italic\">{Escape(why)}</text>");
        }

        var from = X(row.Min ?? 0, axisMax);
        var openEnded = row.Max is null || row.Plus;
        var to = row.Max is { } max ? X(max, axisMax) : X(axisMax, axisMax);
        var label = Money.Range(row.Min, row.Max, row.Plus) + (row.Years is null ? "" : $" · {row.Years} yrs");
        var bar = new StringBuilder();
        bar.Append(Inv($"<rect x=\"{from}\" y=\"{y}\" width=\"{Math.Max(2, to - from)}\" height=\"{BarHeight}\" rx=\"3\" fill=\"{colour}\"/>"));
        if (openEnded)
        {
            var tail = Math.Min(40, LabelWidth + PlotWidth - to + 20);
            bar.Append(Inv($"<rect x=\"{to}\" y=\"{y}\" width=\"{tail}\" height=\"{BarHeight}\" fill=\"url(#fade{source % Colours.Length})\"/>"));
        }

        var textX = Math.Min(to + (openEnded ? 44 : 6), Width - 150);
        bar.Append(Inv($"<text x=\"{textX}\" y=\"{y + BarHeight - 4}\" fill=\"#333\">{Escape(label)}</text>"));
        return bar.ToString();
    }

    private static int X(decimal amount, decimal axisMax) => LabelWidth + (int)(amount / axisMax * PlotWidth);

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
