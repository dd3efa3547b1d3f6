using System.Text.Json.Nodes;
using CareerBot.Protocol;

namespace CareerBot.Teams;

/// <summary>Whether a Teams message @mentions the bot: a mention entity naming the bot, or its <c>&lt;at&gt;</c> tag in the text.</summary>
public static class TeamsMentions
{
    public static bool MentionsBot(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null)
        {
            return false;
        }

        foreach (var entity in activity.Entities ?? [])
        {
            if (Text(entity["type"]) == "mention" && entity["mentioned"] is JsonObject mentioned && Text(mentioned["id"]) == botId)
            {
                return true;
            }
        }

        var name = activity.Recipient?.Name;
        return name is { Length: > 0 } && (activity.Text ?? "").Contains($"<at>{name}</at>", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
