namespace CareerBot.Knowledge.Content;

/// <summary>One thing wrong with the knowledge folder, reported as <c>file:line: field: message</c>.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
