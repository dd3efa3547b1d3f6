namespace CareerBot.Knowledge.Content;

/// <summary>
/// <c>data/planning.yaml</c>: the planner's figures the guide does not give, each derived by a
/// stated rule or labelled as our own assumption.
/// </summary>
public sealed class PlanningTable
{
    public ExamFeeRule? ExamFee { get; set; }
    public StudyHoursAssumption? StudyHours { get; set; }
    public List<AlsoConsider> AlsoConsider { get; set; } = [];
}

public sealed class ExamFeeRule
{
    public string Rule { get; set; } = "";
    public string Source { get; set; } = "";
}

public sealed class StudyHoursAssumption
{
    public string Assumption { get; set; } = "";
    public Dictionary<string, int> ByExperience { get; set; } = [];
}

public sealed class AlsoConsider
{
    public string Experience { get; set; } = "";
    public List<string> Certifications { get; set; } = [];
    public string Why { get; set; } = "";
    public string Source { get; set; } = "";
}
