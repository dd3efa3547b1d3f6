namespace CareerBot.Knowledge.Content;

/// <summary>A loaded knowledge base, or the list of problems that stopped it from loading.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool Succeeded => Knowledge is not null && Problems.Count == 0;
}
