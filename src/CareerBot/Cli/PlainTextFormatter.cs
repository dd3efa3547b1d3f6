using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace CareerBot.Cli;

/// <summary>A reply as a terminal shows it: Markdown emphasis removed, buttons as a numbered list.</summary>
public static partial class PlainTextFormatter
{
    public static string Format(Activity reply)
    {
        var text = Emphasis().Replace(reply.Text ?? "", "$2");
        text = Heading().Replace(text, "");
        var output = new StringBuilder(text.Trim());
        var actions = reply.SuggestedActions?.Actions ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            output.Append(i == 0 ? "\n" : "").Append($"\n  [{i + 1}] {actions[i].Title}");
        }

        return output.ToString();
    }

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^#{1,6}\s+", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
