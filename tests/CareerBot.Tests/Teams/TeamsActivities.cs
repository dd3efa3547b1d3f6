using System.Net.Http.Headers;
using CareerBot.Protocol;
using CareerBot.Tests.BotFramework;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Tests.Teams;

/// <summary>Activities shaped as Teams sends them (personal chat, group chat, channel), and the call that posts one with a token.</summary>
public static class TeamsActivities
{
    public const string TenantId = "72f988bf-0000-4000-8000-000000000001";
    public const string BotId = "28:" + SecuredBot.AppId;
    public const string BotName = "CareerBot";
    public const string UserId = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw";

    public static Activity Personal(string text, string serviceUrl) => Base("message", serviceUrl, new ConversationAccount
    {
        Id = "a:1Z4sPzS0yrX3RP1FFoS7K8g1vZ6kjbIsb0yLe9k-jWoVrE6Mx4XqsSwu9Hg",
        ConversationType = "personal",
        TenantId = TenantId,
    }, text);

    /// <summary>A channel post; Teams names the thread's root message in the conversation id.</summary>
    public static Activity Channel(string text, string serviceUrl, bool mention)
    {
        var activity = Base("message", serviceUrl, new ConversationAccount
        {
            Id = "19:Kq1u1cS0XQ4h5Tb2c9a3@thread.tacv2;messageid=1712345678901",
            ConversationType = "channel",
            IsGroup = true,
            TenantId = TenantId,
        }, mention ? $"<at>{BotName}</at> {text}" : text);
        var channelData = (JObject)activity.ChannelData!;
        channelData["team"] = new JObject { ["id"] = "19:team@thread.tacv2" };
        channelData["channel"] = new JObject { ["id"] = "19:Kq1u1cS0XQ4h5Tb2c9a3@thread.tacv2" };
        if (mention)
        {
            activity.Entities = [MentionOfBot()];
        }

        return activity;
    }

    public static Activity GroupChat(string text, string serviceUrl)
    {
        var activity = Base("message", serviceUrl, new ConversationAccount
        {
            Id = "19:meeting_group@thread.v2",
            ConversationType = "groupChat",
            IsGroup = true,
            TenantId = TenantId,
        }, $"<at>{BotName}</at> {text}");
        activity.Entities = [MentionOfBot()];
        return activity;
    }

    /// <summary>The two activities Teams sends when a user installs the bot in a personal chat.</summary>
    public static (Activity BotAdded, Activity Installed) Install(string serviceUrl)
    {
        var added = Personal("", serviceUrl);
        added.Type = "conversationUpdate";
        added.Text = null;
        added.MembersAdded = [new ChannelAccount { Id = BotId }];
        var installed = Personal("", serviceUrl);
        installed.Type = "installationUpdate";
        installed.Text = null;
        installed.Action = "add";
        return (added, installed);
    }

    public static Activity CardAction(string serviceUrl, string verb, JToken? data)
    {
        var invoke = Personal("", serviceUrl);
        invoke.Type = "invoke";
        invoke.Text = null;
        invoke.Name = "adaptiveCard/action";
        invoke.Value = new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["id"] = "fb", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity, string? bearerToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(BotJson.Serialize(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return client.SendAsync(request);
    }

    // Microsoft's own Mention entity, as the SDK writes it.
    private static Mention MentionOfBot() => new(new ChannelAccount(BotId, BotName), $"<at>{BotName}</at>");

    private static Activity Base(string type, string serviceUrl, ConversationAccount conversation, string? text) => new()
    {
        Type = type,
        Id = "1" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = UserId, Name = "Megan Bowen", AadObjectId = "7faf1e4c-0000-4000-8000-00000000abcd" },
        Recipient = new ChannelAccount { Id = BotId, Name = BotName },
        Conversation = conversation,
        Text = text,
        TextFormat = "plain",
        Locale = "en-US",
        ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = TenantId } },
    };
}
