using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Tests.Support;

/// <summary>Reads what a user would see and what the bot says about its reply.</summary>
public static class ReplyFacts
{
    public static JObject AnswerEntity(this Activity reply) =>
        reply.Entities?.FirstOrDefault(e => e.Type == "careerbot.answer")?.Properties
        ?? throw new InvalidOperationException("reply has no careerbot.answer entity");

    public static string Kind(this Activity reply) => (string)reply.AnswerEntity()["kind"]!;

    public static string? EntryId(this Activity reply) => (string?)reply.AnswerEntity()["id"];

    /// <summary>Text compared the way a reader would: case, dash style and spacing ignored.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant()
            .Replace('–', '-').Replace('—', '-').Replace('‑', '-').Replace('’', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static bool Contains(this Activity reply, string fact) => Normalize(reply.Text ?? "").Contains(Normalize(fact), StringComparison.Ordinal);
}
