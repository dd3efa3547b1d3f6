using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Planner;

/// <summary>
/// Builds a plan from knowledge data by fixed, stated rules: the guide's path with the person's
/// cloud first; a per-exam fee of the guide's path total divided by its exams; exams kept in order
/// while the budget lasts; weeks per certification = assumed hours ÷ weekly hours, rounded up.
/// </summary>
public static class CertificationPlanner
{
    public static CertificationPlan Plan(KnowledgeBase knowledge, string cloud, string experience, decimal hoursPerWeek, decimal budget, DateOnly? deadline, DateOnly today)
    {
        var table = knowledge.Certifications;
        var path = table.Certifications.Where(c => c.PathStep is not null).OrderBy(c => c.PathStep).ToList();
        var cloudFirst = path.FirstOrDefault(c => c.Cloud == cloud);
        var moved = cloudFirst is not null && cloudFirst != path[0];
        var order = cloudFirst is null ? path : path.Where(c => c != cloudFirst).Prepend(cloudFirst).ToList();

        var pathBudget = table.PathBudget!;
        var fee = pathBudget.Amount / pathBudget.Certifications;
        var affordable = (int)Math.Min(order.Count, Math.Floor(budget / fee));
        var within = order.Take(affordable).ToList();
        var dropped = order.Skip(affordable).ToList();

        var studyHours = knowledge.Planning.StudyHours!.ByExperience[experience];
        var weeksEach = (int)Math.Ceiling(studyHours / hoursPerWeek);
        var studied = Math.Max(1, within.Count);
        var finish = today.AddDays(7 * weeksEach * studied);

        decimal? needed = null;
        if (deadline is { } last && finish > last)
        {
            var weeksLeft = Math.Max(1, (last.DayNumber - today.DayNumber) / 7m);
            needed = Math.Ceiling(studyHours * studied / weeksLeft);
        }

        var also = knowledge.Planning.AlsoConsider.Where(a => a.Experience == experience).ToList();
        return new CertificationPlan(order, moved, within, dropped, fee, pathBudget, budget, hoursPerWeek, studyHours, weeksEach, finish, deadline, needed, also);
    }
}
