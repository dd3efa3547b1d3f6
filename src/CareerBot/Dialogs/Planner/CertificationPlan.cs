using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Planner;

/// <summary>
/// A computed certification plan. Every figure is a knowledge figure or follows from one by the
/// rule named next to it, so the text can state each rule.
/// </summary>
public sealed record CertificationPlan(
    IReadOnlyList<Certification> Order,
    bool CloudMovedFirst,
    IReadOnlyList<Certification> WithinBudget,
    IReadOnlyList<Certification> Dropped,
    decimal ExamFee,
    PathBudget PathBudget,
    decimal Budget,
    decimal HoursPerWeek,
    int StudyHoursPerCertification,
    int WeeksPerCertification,
    DateOnly Finish,
    DateOnly? Deadline,
    decimal? HoursNeededForDeadline,
    IReadOnlyList<AlsoConsider> AlsoConsider)
{
    /// <summary>The certifications studied for: those the budget covers, or the first one to save for.</summary>
    public IReadOnlyList<Certification> Studied => WithinBudget.Count > 0 ? WithinBudget : [Order[0]];

    public decimal FeesWithinBudget => ExamFee * WithinBudget.Count;

    public int TotalWeeks => WeeksPerCertification * Studied.Count;
}
