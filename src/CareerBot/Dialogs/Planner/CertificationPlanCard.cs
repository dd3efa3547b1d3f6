using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Dialogs.Planner;

/// <summary>
/// The plan as an Adaptive Card for channels that render cards (Teams, Web Chat): the same Markdown
/// sections as the text version, one text block each, under a title and the person's answers as facts.
/// </summary>
public static class CertificationPlanCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment Build(string title, PlanProfile profile, CertificationPlan plan, string markdown)
    {
        var body = new JArray
        {
            new JObject { ["type"] = "TextBlock", ["text"] = title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JArray
                {
                    Fact("Cloud", profile.Cloud),
                    Fact("Experience", profile.Experience),
                    Fact("Study time", CertificationPlanText.Number(plan.HoursPerWeek) + " hours a week"),
                    Fact("Exam budget", Money.Dollars(plan.Budget)),
                    Fact("Target", profile.Target ?? "none"),
                },
            },
        };

        // The first paragraph of the Markdown is the title and the second the answers, shown above as facts.
        foreach (var section in markdown.Split("\n\n").Skip(2))
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = section, ["wrap"] = true, ["spacing"] = "Medium" });
        }

        return new Attachment
        {
            ContentType = ContentType,
            Content = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["version"] = "1.5",
                ["body"] = body,
            },
        };
    }

    private static JObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
