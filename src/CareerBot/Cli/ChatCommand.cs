using Microsoft.Bot.Schema;

namespace CareerBot.Cli;

/// <summary><c>chat</c>: a REPL. Type a question, or the number of a suggested button; "quit" or an empty line at EOF ends it.</summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(TerminalConversation conversation, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var last = await conversation.StartAsync(cancellationToken);
        Print(last, output);
        while (true)
        {
            output.Write("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "quit" or "exit")
            {
                return 0;
            }

            var actions = (last.Count > 0 ? last[^1].SuggestedActions?.Actions : null) ?? [];
            var text = int.TryParse(line.Trim(), out var choice) && choice >= 1 && choice <= actions.Count ? actions[choice - 1].Value as string ?? line : line;
            last = await conversation.SendAsync(text, cancellationToken);
            Print(last, output);
        }
    }

    private static void Print(IReadOnlyList<Activity> replies, TextWriter output)
    {
        foreach (var reply in replies)
        {
            output.WriteLine(PlainTextFormatter.Format(reply));
            output.WriteLine();
        }
    }
}
