namespace CareerBot.Knowledge.Content;

/// <summary>Everything loaded from the knowledge folder, checked and immutable.</summary>
public sealed record KnowledgeBase(
    IReadOnlyList<FaqEntry> Entries,
    IReadOnlyDictionary<string, Source> Sources,
    IReadOnlyList<string> SynonymLines,
    IReadOnlyList<string> StopWords,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Cues,
    Replies Replies,
    IReadOnlyList<ScopeTopic> Scope,
    CertificationTable Certifications,
    SalaryTable Salaries,
    OutlookTable Outlook,
    PlanningTable Planning,
    DialogContent Dialogs)
{
    /// <summary>Messages to decline by meaning (<c>scope.yaml</c>'s declineExamples).</summary>
    public IReadOnlyList<string> DeclineExamples { get; init; } = [];

    private readonly Dictionary<string, FaqEntry> _byId = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public FaqEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
