using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CareerBot.BotFramework;

/// <summary>
/// The HTTP response to a turn, from what the SDK's adapter returned: nothing (200), an invoke response (its
/// status and body), or the expected replies. An invoke sent with <c>expectReplies</c> answers with the replies
/// and, beside them, the invoke response's body and status (the Agents SDK's shape), where the Bot Framework SDK
/// would list the invoke response among the replies.
/// </summary>
public static class TurnResponse
{
    // The SDK's serializer settings, written compactly: the body goes over the wire, not to a person.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings(HttpHelper.BotMessageSerializerSettings) { Formatting = Formatting.None });

    public static IResult From(InvokeResponse? response) => response switch
    {
        null => TypedResults.Ok(),
        { Body: ExpectedReplies expected } => ExpectedRepliesResult(expected),
        { Body: null } invoke => TypedResults.StatusCode(invoke.Status),
        { } invoke => Json(JToken.FromObject(invoke.Body, Serializer), invoke.Status),
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult ExpectedRepliesResult(ExpectedReplies expected)
    {
        var activities = expected.Activities ?? [];
        var invoke = activities.FirstOrDefault(a => a.Type == ActivityTypesEx.InvokeResponse)?.Value as InvokeResponse;
        var body = new JObject
        {
            ["activities"] = JArray.FromObject(activities.Where(a => a.Type != ActivityTypesEx.InvokeResponse), Serializer),
        };
        if (invoke?.Body is { } invokeBody)
        {
            body["body"] = JToken.FromObject(invokeBody, Serializer);
        }

        return Json(body, invoke?.Status ?? StatusCodes.Status200OK);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Json(JToken body, int status) =>
        TypedResults.Text(body.ToString(Formatting.None), "application/json", System.Text.Encoding.UTF8, status);
}
