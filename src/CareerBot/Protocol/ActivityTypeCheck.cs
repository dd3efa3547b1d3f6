using Microsoft.Bot.Schema;

namespace CareerBot.Protocol;

/// <summary>Whether an activity is of a type, as channels spell it (case aside).</summary>
public static class ActivityTypeCheck
{
    public static bool IsType(this IActivity activity, string type) => string.Equals(activity.Type, type, StringComparison.OrdinalIgnoreCase);

    public static bool ExpectsReplies(this Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
}
