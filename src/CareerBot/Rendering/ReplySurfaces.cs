using Microsoft.Bot.Schema;

namespace CareerBot.Rendering;

/// <summary>Works out the <see cref="ReplySurface"/> of an incoming activity.</summary>
public static class ReplySurfaces
{
    public static ReplySurface Of(Activity activity) => activity.ChannelId?.ToLowerInvariant() switch
    {
        "msteams" => IsSharedConversation(activity) ? ReplySurface.TeamsShared : ReplySurface.TeamsPersonal,
        "emulator" or "terminal" or "test" => ReplySurface.PlainText,
        _ => ReplySurface.WebChat,
    };

    /// <summary>A Teams group chat or channel, where many people read and the bot speaks only when addressed.</summary>
    public static bool IsSharedConversation(Activity activity) =>
        activity.Conversation?.ConversationType is "channel" or "groupChat"
        || (activity.Conversation?.ConversationType is null && activity.Conversation?.IsGroup == true);
}
