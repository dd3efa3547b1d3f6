namespace CareerBot.Knowledge.Content;

/// <summary>
/// Checks that <c>data/planning.yaml</c> fits the tables it builds on: a path budget to divide,
/// study hours for every experience choice, and certifications that exist.
/// </summary>
internal static class PlanningCheck
{
    public static void Run(PlanningTable planning, CertificationTable certifications, DialogContent dialogs, string file, List<KnowledgeProblem> problems)
    {
        if (planning.ExamFee is null)
        {
            problems.Add(new KnowledgeProblem(file, 0, "examFee", "is missing: say how the per-exam fee is worked out"));
        }
        else if (certifications.PathBudget is not { Amount: > 0, Certifications: > 0 })
        {
            problems.Add(new KnowledgeProblem(file, 0, "examFee", "needs pathBudget (amount and certifications above 0) in data/certifications.yaml"));
        }

        if (planning.StudyHours is not { } hours || string.IsNullOrWhiteSpace(hours.Assumption))
        {
            problems.Add(new KnowledgeProblem(file, 0, "studyHours", "is missing, or has no 'assumption' text saying where the hours come from"));
        }
        else if (dialogs.Scripts.TryGetValue("certification-plan", out var planner) && planner.Prompts.TryGetValue("experience", out var experience))
        {
            foreach (var choice in experience.Choices.Where(c => !hours.ByExperience.ContainsKey(c.Value)))
            {
                problems.Add(new KnowledgeProblem(file, 0, "studyHours", $"byExperience has no hours for '{choice.Value}'"));
            }

            foreach (var (level, value) in hours.ByExperience.Where(p => p.Value <= 0))
            {
                problems.Add(new KnowledgeProblem(file, 0, "studyHours", $"byExperience '{level}' must be above 0, is {value}"));
            }
        }

        var known = certifications.Certifications.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in planning.AlsoConsider.SelectMany(a => a.Certifications).Where(id => !known.Contains(id)))
        {
            problems.Add(new KnowledgeProblem(file, 0, "alsoConsider", $"unknown certification id '{unknown}'"));
        }
    }
}
