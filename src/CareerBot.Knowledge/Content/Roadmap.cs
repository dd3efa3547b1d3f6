namespace CareerBot.Knowledge.Content;

/// <summary>The break-in roadmap for one starting point; <c>[n]</c> in a step cites the n-th source.</summary>
public sealed record Roadmap(string Background, string? PlannerExperience, IReadOnlyList<string> Sources, IReadOnlyList<string> Steps);
