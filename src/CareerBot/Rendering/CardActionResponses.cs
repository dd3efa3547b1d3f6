using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CareerBot.Rendering;

/// <summary>
/// How an Adaptive Card action (an <c>adaptiveCard/action</c> invoke) is answered: the invoke response becomes the
/// HTTP status and body of the request itself, in the Universal Actions shapes Teams shows on the card.
/// </summary>
public static class CardActionResponses
{
    /// <summary>A short message the client shows on the card.</summary>
    public static InvokeResponse Message(string text) => new()
    {
        Status = StatusCodes.Status200OK,
        Body = new AdaptiveCardInvokeResponse { StatusCode = StatusCodes.Status200OK, Type = "application/vnd.microsoft.activity.message", Value = text },
    };

    /// <summary>The action could not be carried out.</summary>
    public static InvokeResponse Error(int status, string code, string message) => new()
    {
        Status = status,
        Body = new AdaptiveCardInvokeResponse { StatusCode = status, Type = "application/vnd.microsoft.error", Value = new Error(code, message) },
    };
}
