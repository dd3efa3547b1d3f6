using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Teams;

/// <summary>
/// The @mentions of a Teams message, and whether one names the bot: a mention entity naming the bot, or its
/// <c>&lt;at&gt;</c> tag in the text.
/// </summary>
public static class TeamsMentions
{
    /// <summary>Who each mention entity names and the text it stands for in the message.</summary>
    public static IEnumerable<(string? Id, string? Name, string? Text)> Of(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is Mention built)
            {
                // Made in code: its fields are its own properties, not extension data.
                yield return (built.Mentioned?.Id, built.Mentioned?.Name, built.Text);
            }
            else if (entity?.Type == "mention")
            {
                var mentioned = entity.Properties?["mentioned"] as JObject;
                yield return (Text(mentioned?["id"]), Text(mentioned?["name"]), Text(entity.Properties?["text"]));
            }
        }
    }

    public static bool MentionsBot(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null)
        {
            return false;
        }

        if (Of(activity).Any(mention => mention.Id == botId))
        {
            return true;
        }

        var name = activity.Recipient?.Name;
        return name is { Length: > 0 } && (activity.Text ?? "").Contains($"<at>{name}</at>", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;
}
