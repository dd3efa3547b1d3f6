using CareerBot.Feedback;
using Newtonsoft.Json.Linq;

namespace CareerBot.Rendering;

/// <summary>
/// The data a 👍/👎 card button carries, and how it is read back — from a Teams <c>adaptiveCard/action</c>
/// invoke (<c>Action.Execute</c>, verb <c>feedback</c>) or from a message whose <c>value</c> is the data
/// (<c>Action.Submit</c> in Web Chat and in Teams clients too old for <c>Action.Execute</c>).
/// </summary>
public static class FeedbackAction
{
    public const string Verb = "feedback";
    private const string Marker = "careerbot";

    public static JObject Data(string answerId, string? entryId, FeedbackRating rating) => new()
    {
        [Marker] = Verb,
        ["answerId"] = answerId,
        ["entryId"] = entryId,
        ["rating"] = rating == FeedbackRating.Helpful ? "up" : "down",
    };

    /// <summary>Reads button data back; null when it is not (well-formed) feedback.</summary>
    public static (string AnswerId, string? EntryId, FeedbackRating Rating)? Read(JToken? data)
    {
        if (data is not JObject fields || Text(fields[Marker]) != Verb || Text(fields["answerId"]) is not { Length: > 0 } answerId)
        {
            return null;
        }

        FeedbackRating? rating = Text(fields["rating"]) switch
        {
            "up" => FeedbackRating.Helpful,
            "down" => FeedbackRating.NotHelpful,
            _ => null,
        };
        return rating is { } r ? (answerId, Text(fields["entryId"]), r) : null;
    }

    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;
}
