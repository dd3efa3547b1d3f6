using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.DirectLine;

/// <summary>Direct Line calls as directlinejs makes them, against any address: one bot, another instance, or a proxy in front of both.</summary>
public sealed class DirectLineClient(HttpClient client)
{
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer = null, object? body = null)
    {
        var request = new HttpRequestMessage(method, "/v3/directline/" + path.TrimStart('/'));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return client.SendAsync(request);
    }

    /// <summary>Starts a conversation the way directlinejs does; returns the Conversation object.</summary>
    public async Task<JsonObject> StartConversationAsync(string? bearer = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "conversations", bearer, new { user = new { id = "u1" } });
        Assert.True(response.IsSuccessStatusCode, $"starting a conversation: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await JsonOf(response);
    }

    /// <summary>Resumes a conversation from a watermark, as after a page reload: a fresh Conversation object with a new <c>streamUrl</c>.</summary>
    public async Task<JsonObject> ResumeAsync(JsonObject conversation, string? watermark)
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{conversation["conversationId"]}?watermark={watermark}", (string)conversation["token"]!);
        Assert.Equal(200, (int)response.StatusCode);
        return await JsonOf(response);
    }

    public async Task<JsonObject> PostMessageAsync(JsonObject conversation, string text, string? clientActivityId = null)
    {
        var activity = new
        {
            type = "message",
            text,
            from = new { id = "u1", name = "Una" },
            locale = "en-US",
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        using var response = await SendAsync(HttpMethod.Post, $"conversations/{conversation["conversationId"]}/activities", (string)conversation["token"]!, activity);
        Assert.Equal(200, (int)response.StatusCode);
        return await JsonOf(response);
    }

    public async Task<JsonObject> ActivitiesAsync(JsonObject conversation, string? watermark = null)
    {
        using var response = await SendAsync(
            HttpMethod.Get, $"conversations/{conversation["conversationId"]}/activities?watermark={watermark}", (string)conversation["token"]!);
        Assert.Equal(200, (int)response.StatusCode);
        return await JsonOf(response);
    }

    /// <summary>Polls until the bot's reply to an activity is there; returns that reply.</summary>
    public async Task<JsonObject> ReplyToAsync(JsonObject conversation, string activityId)
    {
        using var timeout = new CancellationTokenSource(DirectLineSocket.Patience);
        while (true)
        {
            var reply = (await ActivitiesAsync(conversation))["activities"]!.AsArray().FirstOrDefault(a => (string?)a!["replyToId"] == activityId);
            if (reply is not null)
            {
                return reply.AsObject();
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>An activity as it travelled, read into Microsoft's type (to use the reply helpers on it).</summary>
    public static Microsoft.Bot.Schema.Activity AsActivity(JsonObject activity) =>
        Protocol.BotJson.Deserialize<Microsoft.Bot.Schema.Activity>(activity.ToJsonString())!;

    public static async Task<JsonObject> JsonOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<string> ErrorCodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString()!;
}
