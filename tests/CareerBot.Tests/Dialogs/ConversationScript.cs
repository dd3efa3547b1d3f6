using CareerBot.Cli;
using Microsoft.Bot.Schema;
using Xunit.Sdk;

namespace CareerBot.Tests.Dialogs;

/// <summary>Plays a conversation table, row by row: user says → bot does. A failure names the row.</summary>
public static class ConversationScript
{
    public static async Task<IReadOnlyList<Activity>> PlayAsync(this TerminalConversation chat, params (string Says, Then Does)[] rows)
    {
        IReadOnlyList<Activity> replies = [];
        for (var i = 0; i < rows.Length; i++)
        {
            var (says, does) = rows[i];
            replies = await chat.SendAsync(says, CancellationToken.None);
            try
            {
                Assert.NotEmpty(replies);
                does.Check(replies);
            }
            catch (XunitException e)
            {
                var seen = string.Join("\n---\n", replies.Select(r => $"[{r.DialogStatus() ?? "answer " + r.Entities?.FirstOrDefault()?.Properties["id"]}] {r.Text}"));
                throw new XunitException($"row {i + 1}: user says \"{says}\", bot should {does.Expected}\n{e.Message}\nbot said:\n{seen}");
            }
        }

        return replies;
    }
}
