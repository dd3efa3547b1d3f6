using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Dialogs.Prompts;
using CareerBot.Dialogs.Salary;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.CareerPath;

/// <summary>
/// Career path: where the person is now (level or years, asked unless said) and where they want to go
/// (stay technical, lead people, research), answered with their current pay band from each source and
/// the guide's track for that direction, from <c>dialogs/career-path.yaml</c>.
/// </summary>
public sealed partial class CareerPathDialog : Dialog
{
    public const string DialogId = "career-path";
    public const string Level = "level";
    public const string Direction = "direction";

    public CareerPathDialog() => Steps = [AskLevelStep, AskDirectionStep, ShowPathStep];

    public override string Id => DialogId;

    public override IReadOnlyList<DialogStep> Steps { get; }

    /// <summary>"Switch to the research track" re-runs the answer with the other direction.</summary>
    public override bool Revisable => true;

    public override Prompt PromptFor(string slot, DialogContext dc) => slot == Level
        ? new LevelOrYearsPrompt(dc.Script.Prompts[slot])
        : new ChoicePrompt(dc.Script.Prompts[slot]);

    public override Dictionary<string, string> FindAnswers(string text, DialogContext dc)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (LevelOrYearsPrompt.Mentioned(text, dc, dc.Script.Prompts[Level]) is { } level)
        {
            found[Level] = level;
        }

        if (ChoiceMatcher.Mentioned(text, dc.Script.Prompts[Direction].Choices) is { } direction)
        {
            found[Direction] = direction.Value;
        }

        return found;
    }

    private StepResult AskLevelStep(DialogContext dc) => Ask(dc, Level);

    private StepResult AskDirectionStep(DialogContext dc) => Ask(dc, Direction);

    private StepResult ShowPathStep(DialogContext dc)
    {
        var script = dc.Script;
        var level = dc.Get(Level);
        var direction = script.Prompts[Direction].Choices.First(c => c.Value == dc.Get(Direction));
        var years = level.StartsWith(LevelOrYearsPrompt.YearsPrefix, StringComparison.Ordinal) ? NumberReading.Load(level[LevelOrYearsPrompt.YearsPrefix.Length..]) : (decimal?)null;
        var citations = new Citations(dc.Knowledge);

        var heading = years is { } y
            ? script.Text("titleYears", ("years", y == 1 ? "1 year" : NumberReading.Store(y) + " years"), ("direction", direction.Title.ToLowerInvariant()))
            : script.Text("title", ("level", LevelTitle(script, level).ToLowerInvariant()), ("direction", direction.Title.ToLowerInvariant()));
        var text = new StringBuilder("**").Append(heading).Append("**\n\n");

        var bands = years is { } n ? SalaryBands.ForYears(dc.Knowledge.Salaries, n) : SalaryBands.ForLevel(dc.Knowledge.Salaries, level);
        var now = bands.Where(b => b.Match == SalaryBandMatch.Found && b.Row is { } r && (r.Min is not null || r.Max is not null))
            .Select(b => b.Row!.Years is null
                ? script.Text("nowBandNoYears", ("title", b.Row.Title), ("range", Money.Range(b.Row)), ("source", citations.Cite(b.SourceId)))
                : script.Text("nowBand", ("title", b.Row.Title), ("years", script.Text("levelYears", ("years", b.Row.Years))),
                    ("range", Money.Range(b.Row)), ("source", citations.Cite(b.SourceId))))
            .ToList();
        if (now.Count > 0)
        {
            text.Append(script.Text("now", ("bands", string.Join("; ", now)))).Append("\n\n");
        }

        var track = script.Roadmaps.First(r => r.Background == direction.Value);
        text.Append(script.Text("track")).Append('\n');
        foreach (var step in track.Steps)
        {
            // A step cites its track's own source list; renumber into this reply's numbering.
            var cited = CitationPattern().Replace(step, m => $"[{citations.Cite(track.Sources[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1])}]");
            text.Append("- ").Append(cited).Append('\n');
        }

        text.Append('\n').Append(script.Text("next"));
        var buttons = script.Prompts[Direction].Choices.Where(c => c.Value != direction.Value)
            .Select(c => script.Text("switch", ("direction", c.Title.ToLowerInvariant())))
            .Select(b => new Knowledge.Answers.SuggestedQuestion(b, b))
            .Concat(Offers.Menu(dc.Knowledge).Where(o => o.Value != script.Offer?.Button).Take(2));
        dc.Send(dc.Turn.Replies.Result(Id, text.ToString(), citations.Sources, buttons));
        return StepResult.End;
    }

    private static string LevelTitle(DialogScript script, string level) =>
        script.Prompts[Level].Choices.FirstOrDefault(c => c.Value == level)?.Title ?? level;

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex CitationPattern();
}
