using System.Text;
using CareerBot.Dialogs.Prompts;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using Microsoft.Bot.Schema;

namespace CareerBot.Dialogs.Salary;

/// <summary>
/// Salary by level: the person's level or years (asked only if not in the first message), then each
/// source's band for it, where the sources disagree, the medians, and the chart attached.
/// </summary>
public sealed class SalaryByLevelDialog : Dialog
{
    public const string DialogId = "salary-by-level";
    public const string Level = "level";
    public const string Unsure = "unsure";

    public SalaryByLevelDialog() => Steps = [AskLevelStep, ShowBandsStep];

    public override string Id => DialogId;

    public override IReadOnlyList<DialogStep> Steps { get; }

    public override bool Revisable => true;

    public override Prompt PromptFor(string slot, DialogContext dc) => new LevelOrYearsPrompt(dc.Script.Prompts[slot]);

    public override Dictionary<string, string> FindAnswers(string text, DialogContext dc)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (LevelOrYearsPrompt.Mentioned(text, dc, dc.Script.Prompts[Level]) is { } level)
        {
            found[Level] = level;
        }

        return found;
    }

    private StepResult AskLevelStep(DialogContext dc) => Ask(dc, Level);

    private StepResult ShowBandsStep(DialogContext dc)
    {
        var script = dc.Script;
        var salaries = dc.Knowledge.Salaries;
        var answer = dc.Get(Level);
        var choices = script.Prompts[Level].Choices;
        if (answer == Unsure)
        {
            return ShowAllLevels(dc);
        }

        var years = answer.StartsWith(LevelOrYearsPrompt.YearsPrefix, StringComparison.Ordinal) ? NumberReading.Load(answer[LevelOrYearsPrompt.YearsPrefix.Length..]) : (decimal?)null;
        var levelTitle = choices.FirstOrDefault(c => c.Value == answer)?.Title ?? answer;
        var bands = years is { } y ? SalaryBands.ForYears(salaries, y) : SalaryBands.ForLevel(salaries, answer);

        var citations = new Citations(dc.Knowledge);
        var text = new StringBuilder("**")
            .Append(years is { } n ? script.Text("titleYears", ("years", Years(n))) : script.Text("title", ("level", levelTitle)))
            .Append("**\n\n");
        foreach (var band in bands)
        {
            text.Append(Band(script, band, citations, dc.Knowledge, levelTitle.ToLowerInvariant(), years)).Append(Nearby(script, band, salaries, answer, years)).Append('\n');
        }

        var found = bands.Where(b => b.Match == SalaryBandMatch.Found && b.Row is { Min: not null }).ToList();
        var differences = found.Select(Describe).Distinct(StringComparer.Ordinal).ToList();
        text.Append('\n').Append(found.Count == bands.Count && differences.Count == 1 ? script.Text("agree") : script.Text("disagree", ("differences", string.Join(" vs ", DescribeAll(bands, dc.Knowledge)))));

        var medians = salaries.Medians
            .Where(m => m.Unit == "year" && (m.Role is null or "ml-engineer"))
            .Select(m => $"{Money.Dollars(m.Amount)} — {m.Label} [{citations.Cite(m.Source)}]");
        text.Append("\n\n").Append(script.Text("medians", ("medians", string.Join("; ", medians))));
        var highlight = years is null ? answer : found.FirstOrDefault()?.Row?.Level;
        text.Append("\n\n").Append(ChartLine(dc, highlight)).Append(' ').Append(script.Text("next"));

        var buttons = choices.Where(c => c.Value != answer && c.Value != Unsure)
            .Select(c => script.Text("levelButton", ("level", c.Title.ToLowerInvariant())))
            .Select(b => new SuggestedQuestion(b, b))
            .Take(3)
            .Concat(Offers.Menu(dc.Knowledge).Where(o => o.Value != script.Offer?.Button).Take(1));
        var replies = dc.Turn.Replies.Result(Id, text.ToString(), citations.Sources, buttons);
        replies[^1].Attachments = [.. replies[^1].Attachments ?? [], Chart(dc.Turn.PublicBaseUrl, highlight)];
        dc.Send(replies);
        return StepResult.End;
    }

    /// <summary>"Not sure": every level with each source's band on one line, so the person can place themselves.</summary>
    private StepResult ShowAllLevels(DialogContext dc)
    {
        var script = dc.Script;
        var citations = new Citations(dc.Knowledge);
        var text = new StringBuilder("**").Append(script.Text("titleAll")).Append("**\n\n").Append(script.Text("unsureNote")).Append("\n\n");
        foreach (var level in script.Prompts[Level].Choices.Where(c => c.Value != Unsure))
        {
            var bands = SalaryBands.ForLevel(dc.Knowledge.Salaries, level.Value)
                .Where(b => b.Match == SalaryBandMatch.Found && b.Row is { } row && (row.Min is not null || row.Max is not null))
                .Select(b => $"{Money.Range(b.Row!)}{(b.Row!.Years is null ? "" : $" ({b.Row.Years} yrs)")} [{citations.Cite(b.SourceId)}]")
                .ToList();
            if (bands.Count > 0)
            {
                text.Append(script.Text("levelLine", ("level", level.Title), ("bands", string.Join("; ", bands)))).Append('\n');
            }
        }

        text.Append('\n').Append(ChartLine(dc, null)).Append(' ').Append(script.Text("next"));
        var buttons = script.Prompts[Level].Choices.Where(c => c.Value != Unsure)
            .Select(c => script.Text("levelButton", ("level", c.Title.ToLowerInvariant())))
            .Select(b => new SuggestedQuestion(b, b))
            .Take(3);
        var replies = dc.Turn.Replies.Result(Id, text.ToString(), citations.Sources, buttons);
        replies[^1].Attachments = [.. replies[^1].Attachments ?? [], Chart(dc.Turn.PublicBaseUrl, null)];
        dc.Send(replies);
        return StepResult.End;
    }

    /// <summary>Web Chat shows the chart under the reply; elsewhere (Teams, the terminal) the reply links it.</summary>
    private static string ChartLine(DialogContext dc, string? highlight) => dc.Turn.Cards
        ? dc.Script.Text("chart")
        : dc.Script.Text("chartLink", ("url", ChartUrl(dc.Turn.PublicBaseUrl, highlight)));

    private static string Band(DialogScript script, SalaryBand band, Citations citations, KnowledgeBase knowledge, string level, decimal? years)
    {
        var number = citations.Cite(band.SourceId);
        var source = $"{Citations.ShortName(knowledge.Sources[band.SourceId])} [{number}]";
        var row = band.Row;
        return (band.Match, row) switch
        {
            (SalaryBandMatch.NoLevel, _) => script.Text("bandMissing", ("source", source), ("level", level)),
            (SalaryBandMatch.NoYears, { } top) => script.Text("bandNoMatch", ("source", source), ("years", Years(years ?? 0)), ("title", top.Title), ("range", Money.Range(top))),
            (_, { Min: null, Max: null } empty) => script.Text("bandNoFigure", ("source", source), ("title", empty.Title), ("years", empty.Years + " yrs")),
            (_, { Years: null } noYears) => script.Text("bandNoYears", ("source", source), ("title", noYears.Title), ("range", Money.Range(noYears))),
            (_, { } found) => script.Text("band", ("source", source), ("title", found.Title), ("years", found.Years + " yrs"), ("range", Money.Range(found))),
            _ => script.Text("bandMissing", ("source", source), ("level", level)),
        };
    }

    /// <summary>
    /// Where a source gives no figure for the level asked about ("junior": SkillExchange names it without pay, the ML
    /// jobs guide has no such band), the figures it does give around it, so the person still learns what to expect:
    /// the bands just below and above, or the band covering the years another source gives the level.
    /// </summary>
    private static string Nearby(DialogScript script, SalaryBand band, SalaryTable salaries, string level, decimal? years)
    {
        if (years is not null || band.Match == SalaryBandMatch.NoYears)
        {
            return "";
        }

        var rows = salaries.Levels.First(l => l.Source == band.SourceId).Rows;
        if (band.Row is { Min: null, Max: null } empty)
        {
            var at = rows.IndexOf(empty);
            var below = rows.Take(at).LastOrDefault(r => r.Min is not null || r.Max is not null);
            var above = rows.Skip(at + 1).FirstOrDefault(r => r.Min is not null || r.Max is not null);
            return below is null || above is null ? "" : script.Text("between", ("below", Describe(below)), ("above", Describe(above)));
        }

        if (band.Match == SalaryBandMatch.NoLevel
            && salaries.Levels.SelectMany(l => l.Rows).FirstOrDefault(r => r.Level == level && r.Years is not null) is { } elsewhere
            && YearRange.Middle(elsewhere.Years) is { } middle
            && rows.FirstOrDefault(r => YearRange.Covers(r.Years, middle) && (r.Min is not null || r.Max is not null)) is { } covering)
        {
            return script.Text("nearest", ("years", elsewhere.Years + " years"), ("band", Describe(covering)));
        }

        return "";
    }

    private static string Describe(SalaryLevelRow row) =>
        $"{row.Title} ({(row.Years is null ? "" : row.Years + " yrs, ")}{Money.Range(row)})";

    /// <summary>"1 year", "3 years", "0.5 years".</summary>
    private static string Years(decimal years) => years == 1 ? "1 year" : NumberReading.Store(years) + " years";

    private static string Describe(SalaryBand band) =>
        band.Row is { } row ? $"{row.Years ?? "no years"}, {Money.Range(row)}" : "";

    private static IEnumerable<string> DescribeAll(List<SalaryBand> bands, KnowledgeBase knowledge) =>
        bands.Select(b => $"{Citations.ShortName(knowledge.Sources[b.SourceId])}: " + (b.Match == SalaryBandMatch.Found && b.Row is { } row
            ? $"{(row.Years is null ? "" : row.Years + " yrs, ")}{Money.Range(row)}"
            : "no such band"));

    private static string ChartUrl(string baseUrl, string? highlight) =>
        $"{baseUrl}{SalaryChartEndpoint.Path}{(highlight is null ? "" : "?highlight=" + Uri.EscapeDataString(highlight))}";

    private static Attachment Chart(string baseUrl, string? highlight) => new()
    {
        ContentType = "image/svg+xml",
        ContentUrl = ChartUrl(baseUrl, highlight),
        Name = "ML engineer salary by level",
    };
}
