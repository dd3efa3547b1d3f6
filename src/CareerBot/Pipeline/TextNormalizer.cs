using System.Net;
using System.Text.RegularExpressions;
using CareerBot.Teams;
using Microsoft.Bot.Schema;

namespace CareerBot.Pipeline;

/// <summary>
/// The user's words without channel markup: the bot's own @mention removed, other mention tags
/// reduced to the name, HTML entities decoded, whitespace trimmed.
/// </summary>
public static partial class TextNormalizer
{
    public static string Clean(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in TeamsMentions.Of(activity))
        {
            if (mention.Id != activity.Recipient?.Id)
            {
                continue;
            }

            var mentionText = mention.Text ?? $"<at>{mention.Name}</at>";
            text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }

        text = AtTag().Replace(text, " ");
        return WebUtility.HtmlDecode(text).Trim();
    }

    [GeneratedRegex("</?at[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
