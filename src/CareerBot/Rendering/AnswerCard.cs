using System.Globalization;
using CareerBot.Feedback;
using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Rendering;

/// <summary>
/// The Adaptive Card (version 1.5, the most Teams renders) for a structured answer: the text, the
/// sources, follow-up buttons and 👍/👎. Teams gets <c>Action.Execute</c> for feedback (answered by an
/// invoke, with <c>Action.Submit</c> as fallback for old clients); Web Chat, which has no <c>Action.Execute</c>,
/// gets <c>Action.Submit</c>.
/// </summary>
public sealed class AnswerCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    private readonly JArray _body = [];
    private readonly JArray _actions = [];

    public AnswerCard Text(string markdown)
    {
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            _body.Add(new JObject { ["type"] = "TextBlock", ["text"] = markdown, ["wrap"] = true });
        }

        return this;
    }

    public AnswerCard Sources(string label, ComposedAnswer answer)
    {
        if (answer.Citations.Count == 0)
        {
            return this;
        }

        _body.Add(new JObject
        {
            ["type"] = "TextBlock", ["text"] = label, ["weight"] = "Bolder", ["size"] = "Small", ["spacing"] = "Medium", ["separator"] = true, ["wrap"] = true,
        });
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var source = answer.Citations[i];
            _body.Add(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = string.Create(CultureInfo.InvariantCulture, $"[{i + 1}] {source.Publisher} — {source.Title} ({source.AsOf})"),
                ["size"] = "Small", ["isSubtle"] = true, ["spacing"] = "None", ["wrap"] = true,
            });
        }

        return this;
    }

    /// <summary>Follow-up questions as buttons that send the question as the user's own message.</summary>
    public AnswerCard FollowUps(IEnumerable<CardAction> questions, bool teams)
    {
        foreach (var question in questions)
        {
            // Teams turns an Action.Submit with msteams.messageBack into a message that shows the question and reaches
            // the bot even in a channel; Web Chat sends string data back as the message text.
            var value = question.Value as string;
            JToken data = teams
                ? new JObject { ["msteams"] = new JObject { ["type"] = "messageBack", ["text"] = value, ["displayText"] = value } }
                : new JValue(value);
            _actions.Add(new JObject { ["type"] = "Action.Submit", ["title"] = question.Title, ["data"] = data });
        }

        return this;
    }

    public AnswerCard Feedback(string answerId, string? entryId, bool teams)
    {
        foreach (var (rating, title) in new[] { (FeedbackRating.Helpful, "👍 Helpful"), (FeedbackRating.NotHelpful, "👎 Not helpful") })
        {
            var submit = new JObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = FeedbackAction.Data(answerId, entryId, rating) };
            _actions.Add(teams
                ? new JObject
                {
                    ["type"] = "Action.Execute", ["title"] = title, ["verb"] = FeedbackAction.Verb,
                    ["data"] = FeedbackAction.Data(answerId, entryId, rating), ["fallback"] = submit,
                }
                : submit);
        }

        return this;
    }

    public Attachment ToAttachment() => new()
    {
        ContentType = ContentType,
        Content = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = _body.DeepClone(),
            ["actions"] = _actions.DeepClone(),
        },
    };
}
