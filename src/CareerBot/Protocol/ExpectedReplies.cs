namespace CareerBot.Protocol;

/// <summary>The body of a <c>deliveryMode: "expectReplies"</c> response.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
