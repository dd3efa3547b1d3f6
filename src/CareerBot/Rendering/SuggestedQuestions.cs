using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace CareerBot.Rendering;

/// <summary>An answer's follow-up questions as <c>imBack</c> buttons: pressing one sends the question as the user's message.</summary>
public static class SuggestedQuestions
{
    /// <summary>Teams shows at most three suggested actions.</summary>
    public const int TeamsLimit = 3;

    public static List<CardAction> AsActions(ComposedAnswer answer, int limit = int.MaxValue) =>
        answer.Suggestions.Take(limit).Select(s => new CardAction { Type = ActionTypes.ImBack, Title = s.Title, Value = s.Value }).ToList();
}
