namespace CareerBot.Dialogs.Planner;

/// <summary>The person's answers as the plan shows them: choice titles, not stored values.</summary>
public sealed record PlanProfile(string Cloud, string Experience, string? Target);
