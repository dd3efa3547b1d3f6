using CareerBot.Dialogs.Prompts;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Planner;

/// <summary>
/// The certification planner: cloud, experience, weekly hours, exam budget and an optional target
/// date — each asked only if the person has not said it yet — then an ordered plan from the guide's data.
/// </summary>
public sealed class CertificationPlanDialog : Dialog
{
    public const string DialogId = "certification-plan";
    public const string Cloud = "cloud";
    public const string Experience = "experience";
    public const string HoursPerWeek = "hoursPerWeek";
    public const string Budget = "budget";
    public const string TargetDate = "targetDate";
    private const string NoTarget = "none";

    public CertificationPlanDialog() =>
        Steps = [AskCloudStep, AskExperienceStep, AskHoursStep, AskBudgetStep, AskTargetDateStep, ShowPlanStep];

    public override string Id => DialogId;

    public override IReadOnlyList<DialogStep> Steps { get; }

    public override bool Revisable => true;

    public override Prompt PromptFor(string slot, DialogContext dc)
    {
        var wording = dc.Script.Prompts[slot];
        return slot switch
        {
            HoursPerWeek => new WeeklyHoursPrompt(wording),
            Budget => new CurrencyPrompt(wording),
            TargetDate => new DatePrompt(wording),
            _ => new ChoicePrompt(wording),
        };
    }

    public override Dictionary<string, string> FindAnswers(string text, DialogContext dc)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var prompts = dc.Script.Prompts;
        if (ChoiceMatcher.Mentioned(text, prompts[Cloud].Choices) is { } cloud)
        {
            found[Cloud] = cloud.Value;
        }

        if ((ChoiceMatcher.Mentioned(text, prompts[Experience].Choices) ?? ChoiceMatcher.ByYears(text, prompts[Experience].Choices, dc.Now)) is { } experience)
        {
            found[Experience] = experience.Value;
        }

        if (WeeklyHoursPrompt.Find(text, dc.Now, requireUnit: true) is { } hours && NumberReading.InRange(hours, prompts[HoursPerWeek].Min, prompts[HoursPerWeek].Max))
        {
            found[HoursPerWeek] = NumberReading.Store(hours);
        }

        if ((CurrencyPrompt.Dollars(text) ?? BudgetNumber(text)) is { } budget && NumberReading.InRange(budget, prompts[Budget].Min, prompts[Budget].Max))
        {
            found[Budget] = NumberReading.Store(budget);
        }

        if ((DatePrompt.Find(text, dc.Now, durations: false) ?? ChoiceMatcher.Mentioned(text, prompts[TargetDate].Choices)?.Value) is { } date)
        {
            found[TargetDate] = date;
        }

        return found;
    }

    private StepResult AskCloudStep(DialogContext dc) => Ask(dc, Cloud);

    private StepResult AskExperienceStep(DialogContext dc) => Ask(dc, Experience);

    private StepResult AskHoursStep(DialogContext dc) => Ask(dc, HoursPerWeek);

    private StepResult AskBudgetStep(DialogContext dc) => Ask(dc, Budget);

    private StepResult AskTargetDateStep(DialogContext dc) => Ask(dc, TargetDate);

    private StepResult ShowPlanStep(DialogContext dc)
    {
        var script = dc.Script;
        var target = dc.Get(TargetDate) is var t && t != NoTarget ? t : null;
        var today = DateOnly.FromDateTime(dc.Now.UtcDateTime);
        var plan = CertificationPlanner.Plan(dc.Knowledge, dc.Get(Cloud), dc.Get(Experience), NumberReading.Load(dc.Get(HoursPerWeek)),
            NumberReading.Load(dc.Get(Budget)), target is null ? null : DatePrompt.Deadline(target), today);
        var profile = new PlanProfile(Title(script, Cloud, dc.Get(Cloud)), Title(script, Experience, dc.Get(Experience)), target is null ? null : DatePrompt.Label(target));
        var (markdown, sources) = CertificationPlanText.Write(plan, profile, script, dc.Knowledge, dc.Frame.Revision);

        var buttons = new List<SuggestedQuestion>();
        if (plan.Dropped.Count > 0)
        {
            var all = $"Make the budget {Money.Dollars(plan.ExamFee * plan.Order.Count)}";
            buttons.Add(new SuggestedQuestion(all, all));
        }

        buttons.AddRange(Offers.Menu(dc.Knowledge).Where(o => o.Value != script.Offer?.Button));
        var title = script.Text(dc.Frame.Revision ? "revised" : "title");
        var text = dc.Turn.Cards
            ? $"**{title}** — " + script.Text("cardSummary", ("names", string.Join(", ", plan.Studied.Select(c => c.Name))), ("total", Money.Dollars(plan.FeesWithinBudget)),
                ("budget", Money.Dollars(plan.Budget)), ("totalWeeks", plan.TotalWeeks))
            : markdown;
        var replies = dc.Turn.Replies.Result(Id, text, sources, buttons);
        if (dc.Turn.Cards)
        {
            replies[^1].Attachments = [CertificationPlanCard.Build(title, profile, plan, markdown), .. replies[^1].Attachments ?? []];
        }

        dc.Send(replies);
        return StepResult.End;
    }

    /// <summary>"Make the budget 800": a bare number counts as the budget only when the message says "budget".</summary>
    private static decimal? BudgetNumber(string text) =>
        PhraseMatcher.Tokens(text).Contains("budget") && EnglishRecognizers.Numbers(text) is [{ } number]
            ? NumberReading.Value(number)
            : null;

    private static string Title(DialogScript script, string slot, string value) =>
        script.Prompts[slot].Choices.FirstOrDefault(c => c.Value == value)?.Title ?? value;
}
