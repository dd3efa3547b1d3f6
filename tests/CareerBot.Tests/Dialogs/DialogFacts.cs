using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Tests.Dialogs;

/// <summary>What a dialog reply says about itself in its <c>careerbot.dialog</c> entity, and what the user sees.</summary>
public static class DialogFacts
{
    public static JObject? DialogEntity(this Activity reply) =>
        reply.Entities?.FirstOrDefault(e => e.Type == "careerbot.dialog")?.Properties;

    /// <summary>"prompt", "retry", "help", "result", "cancelled", "expired", "gaveUp"; null for a guide answer.</summary>
    public static string? DialogStatus(this Activity reply) => (string?)reply.DialogEntity()?["status"];

    public static string? Dialog(this Activity reply) => (string?)reply.DialogEntity()?["dialog"];

    /// <summary>The question the bot is waiting for an answer to.</summary>
    public static string? Asks(this Activity reply) => (string?)reply.DialogEntity()?["prompt"];

    public static IEnumerable<string> Buttons(this Activity reply) => (reply.SuggestedActions?.Actions ?? []).Select(a => a.Title ?? "");

    /// <summary>Every word a user can read in the reply, its cards included.</summary>
    public static string Everything(this Activity reply) =>
        ReplyFacts.Normalize((reply.Text ?? "") + " " + string.Join(" ", (reply.Attachments ?? []).Select(a => a.Text())));
}
