using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.Cli;

/// <summary><c>ask "question" [--json]</c>: one answer, as text or as the reply activities.</summary>
public static class AskCommand
{
    public static async Task<int> RunAsync(TerminalConversation conversation, string question, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var replies = await conversation.SendAsync(question, cancellationToken);
        if (json)
        {
            output.WriteLine(BotJson.Serialize(new ExpectedReplies([.. replies])));
            return 0;
        }

        foreach (var reply in replies)
        {
            output.WriteLine(PlainTextFormatter.Format(reply));
        }

        return 0;
    }
}
