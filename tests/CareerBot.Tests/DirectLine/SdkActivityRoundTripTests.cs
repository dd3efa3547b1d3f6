using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CareerBot.Tests.DirectLine;

/// <summary>
/// Microsoft's own types through our Direct Line: an Activity built and serialised by Microsoft.Bot.Schema, with
/// every kind of field a client may send, comes back in the conversation exactly as it was posted, apart from
/// what Direct Line itself assigns; and its turn runs through the SDK's adapter to an answer.
/// </summary>
public sealed class SdkActivityRoundTripTests
{
    // Set by Direct Line on every activity it stores, whatever the client sent (see DirectLineTurnRunner).
    private static readonly string[] AssignedByDirectLine = ["id", "timestamp", "serviceUrl", "channelId", "conversation", "recipient", "from", "deliveryMode"];

    [Fact]
    public async Task AnActivitySerialisedByMicrosoftBotSchemaLosesNothingThroughDirectLine()
    {
        await using var bot = await DirectLineBot.StartAsync();
        var conversation = await bot.StartConversationAsync();
        var json = JsonConvert.SerializeObject(RichActivity(), HttpHelper.BotMessageSerializerSettings);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation["conversationId"]}/activities")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)conversation["token"]!);
        using var response = await bot.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)(await DirectLineBot.JsonOf(response))["id"]!;

        var echo = (await bot.ActivitiesAsync(conversation))["activities"]!.AsArray().Single(a => (string?)a!["id"] == id)!;
        var sent = JObject.Parse(json);
        var stored = JObject.Parse(echo.ToJsonString());
        foreach (var property in sent.Properties().Where(p => !AssignedByDirectLine.Contains(p.Name)))
        {
            Assert.True(JToken.DeepEquals(property.Value, stored[property.Name]), $"'{property.Name}' was {property.Value} and came back as {stored[property.Name]}");
        }

        Assert.Equal("u1", (string?)stored["from"]?["id"]);
        Assert.Equal("Una", (string?)stored["from"]?["name"]);
        // The turn ran through the SDK's adapter and the bot answered the pay question.
        Assert.Contains("$", (string?)(await bot.Calls.ReplyToAsync(conversation, id))["text"], StringComparison.Ordinal);
    }

    private static Activity RichActivity() => new()
    {
        Type = ActivityTypes.Message,
        Text = "how much do ML engineers earn?",
        TextFormat = TextFormatTypes.Plain,
        Locale = "en-US",
        LocalTimezone = "Europe/Paris",
        LocalTimestamp = new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(1)),
        From = new ChannelAccount("u1", "Una"),
        Speak = "how much do ML engineers earn?",
        InputHint = InputHints.AcceptingInput,
        Summary = "a question about pay",
        Attachments = [new Attachment { ContentType = HeroCard.ContentType, Content = new HeroCard(title: "Pay", text: "by level") }],
        Entities = [new Entity("clientInfo") { Properties = { ["platform"] = "web", ["timezone"] = "Europe/Paris" } }],
        ChannelData = new JObject { ["clientActivityID"] = "client-7", ["custom"] = new JObject { ["nested"] = new JArray(1, 2, 3) } },
        Value = new JObject { ["source"] = "typed" },
        SuggestedActions = new SuggestedActions { To = ["u1"], Actions = [new CardAction(ActionTypes.ImBack, "Yes", value: "yes")] },
        Properties = { ["x-client-extension"] = new JObject { ["kept"] = true } },
    };
}
