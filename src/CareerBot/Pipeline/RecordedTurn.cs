using System.Text.Json.Serialization;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.Pipeline;

/// <summary>
/// A dialog turn as it was answered: which activity, and the replies it got. A channel that sends the same
/// activity again (its first try reached an instance that saved the turn and died before answering) gets
/// these replies back instead of the dialog moving on a second step.
/// </summary>
public sealed class RecordedTurn
{
    public string ActivityId { get; set; } = "";

    public string? Text { get; set; }

    /// <summary>The replies as the SDK writes activities, inside the stored state's own JSON.</summary>
    [JsonConverter(typeof(BotJsonConverter<List<Activity>>))]
    public List<Activity> Replies { get; set; } = [];

    /// <summary>Whether an activity is the one this turn answered: same id, same text.</summary>
    public bool Answers(Activity activity) =>
        activity.Id is { Length: > 0 } id && id == ActivityId && string.Equals(activity.Text, Text, StringComparison.Ordinal);
}
