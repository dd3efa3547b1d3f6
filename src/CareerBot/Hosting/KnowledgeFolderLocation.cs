namespace CareerBot.Hosting;

/// <summary>The knowledge folder the guide in service was loaded from (watched for edits).</summary>
public sealed record KnowledgeFolderLocation(string Path);
