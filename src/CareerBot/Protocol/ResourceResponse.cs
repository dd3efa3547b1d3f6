namespace CareerBot.Protocol;

/// <summary>What the Connector answers to a sent activity: the id it gave it (Teams sometimes sends no body at all).</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
