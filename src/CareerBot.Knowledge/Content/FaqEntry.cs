namespace CareerBot.Knowledge.Content;

/// <summary>One question-and-answer entry from <c>knowledge/faq</c>.</summary>
public sealed record FaqEntry(
    string Id,
    string Question,
    IReadOnlyList<string> Alternates,
    IReadOnlyList<string> Tags,
    string Type,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Related,
    string? Followup,
    string ShortAnswer,
    string? Details,
    string File);
