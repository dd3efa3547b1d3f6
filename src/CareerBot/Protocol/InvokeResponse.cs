using System.Text.Json.Nodes;

namespace CareerBot.Protocol;

/// <summary>
/// The answer to an <c>invoke</c> activity: it becomes the HTTP status and body of the
/// <c>/api/messages</c> response itself, not a message in the conversation.
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>An Adaptive Card action answered with a short message the client shows on the card.</summary>
    public static InvokeResponse CardMessage(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    /// <summary>An Adaptive Card action that could not be carried out, in the Universal Actions error shape.</summary>
    public static InvokeResponse CardError(int status, string code, string message) => new(status, new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}
