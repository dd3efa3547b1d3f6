namespace CareerBot.Knowledge.Content;

/// <summary>The break-in roadmap for one starting point; <c>[n]</c> in a step cites the n-th source.</summary>
/// <param name="Background">The background choice it answers.</param>
/// <param name="PlannerExperience">The experience the certification planner starts with when the person accepts it next.</param>
/// <param name="Sources">The sources its steps cite, in order.</param>
/// <param name="Steps">Its steps, in order.</param>
/// <param name="StartingFrom">How the heading names the starting point ("another field"); the background choice's title when absent.</param>
public sealed record Roadmap(string Background, string? PlannerExperience, IReadOnlyList<string> Sources, IReadOnlyList<string> Steps, string? StartingFrom = null);
