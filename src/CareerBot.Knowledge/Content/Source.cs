namespace CareerBot.Knowledge.Content;

/// <summary>Where a fact comes from: shown next to every answer that uses it.</summary>
public sealed record Source(string Id, string Publisher, string Title, string AsOf, string? Page, string? Note)
{
    /// <summary>The short form used in an answer's sources line.</summary>
    public string Citation => $"{Publisher}, {Title} ({AsOf})";
}
