using System.Text;
using CareerBot.Dialogs.Planner;
using CareerBot.Dialogs.Prompts;

namespace CareerBot.Dialogs.BreakIn;

/// <summary>
/// How to break in: the person's background (asked only if not said), the guide's roadmap for that
/// starting point, then an offer to plan their certifications — a yes hands over to the planner
/// with the experience level the background implies.
/// </summary>
public sealed class BreakInRoadmapDialog : Dialog
{
    public const string DialogId = "break-in-roadmap";
    public const string Background = "background";
    public const string PlanNext = "planNext";

    public BreakInRoadmapDialog() => Steps = [AskBackgroundStep, ShowRoadmapStep, AskPlanNextStep, HandOverStep];

    public override string Id => DialogId;

    public override IReadOnlyList<DialogStep> Steps { get; }

    public override Prompt PromptFor(string slot, DialogContext dc) => slot == PlanNext
        ? new ConfirmPrompt(dc.Script.Prompts[slot], dc.Turn.Commands) { Soft = true }
        : new ChoicePrompt(dc.Script.Prompts[slot]);

    public override Dictionary<string, string> FindAnswers(string text, DialogContext dc)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ChoiceMatcher.Mentioned(text, dc.Script.Prompts[Background].Choices) is { } background)
        {
            found[Background] = background.Value;
        }

        return found;
    }

    private StepResult AskBackgroundStep(DialogContext dc) => Ask(dc, Background);

    private StepResult ShowRoadmapStep(DialogContext dc)
    {
        var script = dc.Script;
        var background = dc.Get(Background);
        var roadmap = script.Roadmaps.First(r => r.Background == background);
        var from = roadmap.StartingFrom ?? script.Prompts[Background].Choices.First(c => c.Value == background).Title.ToLowerInvariant();
        var text = new StringBuilder("**").Append(script.Text("title", ("background", from))).Append("**\n\n");
        foreach (var step in roadmap.Steps)
        {
            text.Append("- ").Append(step).Append('\n');
        }

        var sources = roadmap.Sources.Select(id => dc.Knowledge.Sources[id]).ToList();
        dc.Send(dc.Turn.Replies.Result(Id, text.ToString().TrimEnd(), sources, []));
        return StepResult.Next;
    }

    private StepResult AskPlanNextStep(DialogContext dc) => Ask(dc, PlanNext);

    private StepResult HandOverStep(DialogContext dc)
    {
        if (dc.Get(PlanNext) != "yes")
        {
            dc.Send(dc.Turn.Replies.Result(Id, dc.Script.Text("declined"), [], Offers.Menu(dc.Knowledge).Where(o => o.Value != dc.Script.Offer?.Button)));
            return StepResult.End;
        }

        var experience = dc.Script.Roadmaps.First(r => r.Background == dc.Get(Background)).PlannerExperience;
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        if (experience is not null)
        {
            known[CertificationPlanDialog.Experience] = experience;
        }

        dc.Turn.Prefix = dc.Turn.Script(CertificationPlanDialog.DialogId).Texts.GetValueOrDefault("start");
        return dc.Begin(CertificationPlanDialog.DialogId, known);
    }
}
