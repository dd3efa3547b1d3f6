using System.Text.Json.Nodes;

namespace CareerBot.Protocol;

/// <summary>The body of a <c>deliveryMode: "expectReplies"</c> response.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];

    /// <summary>For an invoke sent with <c>expectReplies</c>: the invoke response's body (the Agents SDK's shape).</summary>
    public JsonNode? Body { get; set; }
}
