namespace CareerBot.Rendering;

/// <summary>Where a reply will be shown, which decides its form.</summary>
public enum ReplySurface
{
    /// <summary>Web Chat over Direct Line (and channels we do not know): Markdown, suggested actions and a card.</summary>
    WebChat,

    /// <summary>A Teams personal chat: suggested actions are shown there (up to three).</summary>
    TeamsPersonal,

    /// <summary>A Teams group chat or channel: no suggested actions, so buttons go on a card.</summary>
    TeamsShared,

    /// <summary>The Emulator and the terminal: plain text with numbered buttons.</summary>
    PlainText,
}
