using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Knowledge.Answers;
using CareerBot.Protocol;

namespace CareerBot.Rendering;

/// <summary>
/// Renders a composed answer as a message activity: Markdown text with its sources, follow-up
/// buttons as suggested actions, the <c>careerbot.answer</c> entity and the schema.org citation entity.
/// </summary>
public sealed class ReplyRenderer(string sourcesLabel)
{
    private const int CitationAbstractLimit = 160;

    public Activity Render(ComposedAnswer answer)
    {
        var text = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n").Append('_').Append(sourcesLabel).Append(": ");
            text.AppendJoin("; ", answer.Citations.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"[{i + 1}] {c.Publisher} ({c.AsOf})")));
            text.Append('_');
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.ToString(),
            TextFormat = "markdown",
            InputHint = "acceptingInput",
            Entities = [AnswerEntity(answer)],
        };
        if (answer.Citations.Count > 0)
        {
            activity.Entities.Add(CitationEntity(answer));
        }

        if (answer.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = answer.Suggestions.Select(s => new CardAction { Type = "imBack", Title = s.Title, Value = s.Value }).ToList(),
            };
        }

        return activity;
    }

    private static JsonObject AnswerEntity(ComposedAnswer answer) => new()
    {
        ["type"] = "careerbot.answer",
        ["kind"] = answer.Kind.ToString().ToLowerInvariant(),
        ["id"] = answer.EntryId,
        ["score"] = Math.Round(answer.Score, 3),
    };

    // The schema.org Message entity with Claim citations, which Teams and Web Chat render as numbered references.
    private static JsonObject CitationEntity(ComposedAnswer answer)
    {
        var citations = new JsonArray();
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var source = answer.Citations[i];
            var summary = $"{source.Title} ({source.AsOf})";
            citations.Add(new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = i + 1,
                ["appearance"] = new JsonObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = source.Publisher,
                    ["abstract"] = summary.Length > CitationAbstractLimit ? summary[..(CitationAbstractLimit - 1)] + "…" : summary,
                },
            });
        }

        return new JsonObject
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = "",
            ["citation"] = citations,
        };
    }
}
