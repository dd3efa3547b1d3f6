using System.Text.Json;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.Tests.Support;

/// <summary>Activities as a channel would send them, and the calls that post them.</summary>
public static class Activities
{
    public static Activity Message(string text, string conversation = "conv-1", bool expectReplies = true) => new()
    {
        Type = "message",
        Id = "act-" + Guid.NewGuid().ToString("N")[..8],
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = "http://127.0.0.1:9/",
        ChannelId = "emulator",
        From = new ChannelAccount { Id = "user-1", Name = "User", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Name = "CareerBot", Role = "bot" },
        Conversation = new ConversationAccount { Id = conversation },
        Text = text,
        Locale = "en-US",
        DeliveryMode = expectReplies ? "expectReplies" : null,
    };

    public static Activity MembersAdded(string conversation, params string[] memberIds)
    {
        var activity = Message("", conversation);
        activity.Type = "conversationUpdate";
        activity.Text = null;
        activity.MembersAdded = memberIds.Select(id => new ChannelAccount { Id = id }).ToList();
        return activity;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity) =>
        client.PostAsync("/api/messages", new StringContent(BotJson.Serialize(activity), System.Text.Encoding.UTF8, "application/json"));

    public static async Task<List<Activity>> RepliesAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        var body = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync());
        return [.. body!.Activities];
    }

    public static async Task<JsonElement> ErrorAsync(this HttpResponseMessage response) =>
        (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content)).GetProperty("error");
}
