using CareerBot.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CareerBot.BotFramework;

/// <summary>
/// The HTTP response to a turn, from what the SDK's adapter returned: nothing (200), an invoke response (its
/// status and body), or the expected replies. An invoke sent with <c>expectReplies</c> answers with the replies
/// and, beside them, the invoke response's body and status (the Agents SDK's shape), where the Bot Framework SDK
/// would list the invoke response among the replies.
/// </summary>
public static class TurnResponse
{
    public static IResult From(InvokeResponse? response) => response switch
    {
        null => TypedResults.Ok(),
        { Body: ExpectedReplies expected } => ExpectedRepliesResult(expected),
        { Body: null } invoke => TypedResults.StatusCode(invoke.Status),
        { } invoke => Json(invoke.Body, invoke.Status),
    };

    private static ContentHttpResult ExpectedRepliesResult(ExpectedReplies expected)
    {
        var activities = expected.Activities ?? [];
        var invoke = activities.FirstOrDefault(a => a.Type == ActivityTypesEx.InvokeResponse)?.Value as InvokeResponse;
        // Null values are left out by the SDK's settings: no "body" unless an invoke response has one.
        var body = new RepliesBody(activities.Where(a => a.Type != ActivityTypesEx.InvokeResponse).ToList(), invoke?.Body);
        return Json(body, invoke?.Status ?? StatusCodes.Status200OK);
    }

    // Written straight from the SDK's objects, with no JSON tree in between (this runs on every expectReplies turn).
    private static ContentHttpResult Json(object body, int status)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        BotJson.Serializer.Serialize(text, body);
        return TypedResults.Text(text.ToString(), "application/json", System.Text.Encoding.UTF8, status);
    }

    private sealed record RepliesBody(
        [property: JsonProperty("activities")] IList<Activity> Activities,
        [property: JsonProperty("body")] object? Body);
}
