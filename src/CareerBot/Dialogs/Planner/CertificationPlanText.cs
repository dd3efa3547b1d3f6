using System.Globalization;
using System.Text;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Planner;

/// <summary>A plan as Markdown, in the wording of <c>dialogs/certification-plan.yaml</c>, with numbered sources.</summary>
public static class CertificationPlanText
{
    public static (string Text, IReadOnlyList<Source> Sources) Write(CertificationPlan plan, PlanProfile profile, DialogScript script, KnowledgeBase knowledge, bool revised)
    {
        var citations = new Citations(knowledge);
        var pathSource = citations.Cite(plan.PathBudget.Source);
        var text = new StringBuilder();
        var target = profile.Target is null ? "" : script.Text("profileTarget", ("target", profile.Target));
        text.Append("**").Append(script.Text(revised ? "revised" : "title")).Append("**\n\n");
        text.Append(script.Text("profile", ("cloud", profile.Cloud), ("experience", profile.Experience), ("hours", Number(plan.HoursPerWeek)),
            ("budget", Money.Dollars(plan.Budget)), ("target", target))).Append("\n\n");

        var rule = script.Text(plan.CloudMovedFirst ? "orderRuleText" : "orderRuleNone");
        text.Append(script.Text("orderRule", ("rule", rule))).Append('\n');
        var n = 0;
        foreach (var certification in plan.Studied)
        {
            var bump = certification.SalaryBump;
            (string, object)[] values =
            [
                ("n", ++n), ("name", certification.Name), ("provider", certification.Provider), ("validates", certification.Validates),
                ("weeks", plan.WeeksPerCertification),
                ("bump", bump is null ? "" : "+" + Money.Range(bump.Min, bump.Max, bump.Plus)),
                ("source", bump?.Source is { } s ? citations.Cite(s) : pathSource),
            ];
            text.Append(script.Text(bump is null ? "stepNoBump" : "step", values)).Append('\n');
        }

        text.Append('\n').Append(script.Text("cost", ("fee", Money.Dollars(plan.ExamFee)), ("pathBudget", Money.Dollars(plan.PathBudget.Amount) + (plan.PathBudget.Plus ? "+" : "")),
            ("pathCount", plan.PathBudget.Certifications), ("source", pathSource))).Append(' ');
        text.Append(Budget(plan, script)).Append("\n\n");

        text.Append(script.Text("timeline", ("perCert", plan.StudyHoursPerCertification), ("experience", profile.Experience),
            ("assumption", knowledge.Planning.StudyHours!.Assumption), ("hours", Number(plan.HoursPerWeek)), ("weeks", plan.WeeksPerCertification),
            ("count", plan.Studied.Count), ("certifications", Count(plan.Studied.Count, "certification")), ("totalWeeks", plan.TotalWeeks), ("finish", plan.Finish.ToString("MMMM yyyy", CultureInfo.InvariantCulture))));
        if (profile.Target is { } deadline)
        {
            text.Append(' ').Append(plan.HoursNeededForDeadline is { } needed
                ? script.Text("targetMissed", ("target", deadline), ("needed", Number(needed)))
                : script.Text("targetMet", ("target", deadline)));
        }

        text.Append("\n\n").Append(script.Text("salary"));
        foreach (var also in plan.AlsoConsider)
        {
            var names = string.Join(", ", also.Certifications.Select(id => knowledge.Certifications.Certifications.First(c => c.Id == id).Name));
            text.Append("\n\n").Append(script.Text("alsoConsider", ("names", names), ("why", also.Why), ("source", citations.Cite(also.Source))));
        }

        text.Append("\n\n").Append(script.Text("next", ("first", plan.Studied[0].Name), ("source", pathSource)));
        text.Append("\n\n").Append(script.Text("changeHint"));
        return (text.ToString(), citations.Sources);
    }

    public static string Budget(CertificationPlan plan, DialogScript script)
    {
        var budget = Money.Dollars(plan.Budget);
        if (plan.WithinBudget.Count == 0)
        {
            return script.Text("fitsNone", ("budget", budget), ("fee", Money.Dollars(plan.ExamFee)), ("first", plan.Order[0].Name));
        }

        return plan.Dropped.Count == 0
            ? script.Text("fitsAll", ("budget", budget), ("count", plan.WithinBudget.Count), ("total", Money.Dollars(plan.FeesWithinBudget)))
            : script.Text("fitsSome", ("budget", budget), ("count", plan.WithinBudget.Count), ("all", plan.Order.Count),
                ("total", Money.Dollars(plan.FeesWithinBudget)), ("dropped", string.Join(", ", plan.Dropped.Select(c => c.Name))),
                ("kept", plan.WithinBudget.Count == 1 ? "the first exam" : $"the first {plan.WithinBudget.Count} exams"));
    }

    /// <summary>"1 certification", "2 certifications": a count with its noun, never "certification(s)".</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
