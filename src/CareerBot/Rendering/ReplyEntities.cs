using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Rendering;

/// <summary>
/// The entities every reply carries: <c>careerbot.answer</c> (what the reply is, for tests, analytics and
/// feedback) and, on answers with sources, the schema.org citation entity Teams and Web Chat render as references.
/// </summary>
public static class ReplyEntities
{
    public const string AnswerType = "careerbot.answer";
    private const int CitationAbstractLimit = 160;

    /// <summary>A fresh id for one rendered answer, which feedback refers back to.</summary>
    public static string NewAnswerId() => "ans-" + Guid.NewGuid().ToString("N")[..16];

    public static Entity Answer(ComposedAnswer answer, string answerId) =>
        Answer(answer.Kind.ToString().ToLowerInvariant(), answer.EntryId, answer.Score, answerId);

    public static Entity Answer(string kind, string? entryId, double score, string answerId) => new(AnswerType)
    {
        Properties = new JObject
        {
            ["kind"] = kind,
            ["id"] = entryId,
            ["answerId"] = answerId,
            ["score"] = Math.Round(score, 3),
        },
    };

    /// <summary>The answer id a reply carries, if it carries one.</summary>
    public static string? AnswerIdOf(Activity reply) => Text(AnswerOf(reply)?["answerId"]);

    /// <summary>The entry id a reply carries, if it carries one.</summary>
    public static string? EntryIdOf(Activity reply) => Text(AnswerOf(reply)?["id"]);

    // The schema.org Message entity with Claim citations, which Teams and Web Chat render as numbered references.
    public static Entity Citations(ComposedAnswer answer)
    {
        var citations = new JArray();
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var source = answer.Citations[i];
            var summary = $"{source.Title} ({source.AsOf})";
            citations.Add(new JObject
            {
                ["@type"] = "Claim",
                ["position"] = i + 1,
                ["appearance"] = new JObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = source.Publisher,
                    ["abstract"] = summary.Length > CitationAbstractLimit ? summary[..(CitationAbstractLimit - 1)] + "…" : summary,
                },
            });
        }

        return new Entity("https://schema.org/Message")
        {
            Properties = new JObject
            {
                ["@type"] = "Message",
                ["@context"] = "https://schema.org",
                ["@id"] = "",
                ["citation"] = citations,
            },
        };
    }

    /// <summary>The entities for one message of an answer: always the answer entity, the citations where the answer has sources.</summary>
    public static List<Entity> For(ComposedAnswer answer, string answerId)
    {
        var entities = new List<Entity> { Answer(answer, answerId) };
        if (answer.Citations.Count > 0)
        {
            entities.Add(Citations(answer));
        }

        return entities;
    }

    private static JObject? AnswerOf(Activity reply) => reply.Entities?.FirstOrDefault(e => e?.Type == AnswerType)?.Properties;

    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;
}
