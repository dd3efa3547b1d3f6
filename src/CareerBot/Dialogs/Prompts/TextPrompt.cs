using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Prompts;

/// <summary>A free-text question: any reply with words in it, up to a sensible length.</summary>
public sealed class TextPrompt(PromptWording wording, int maxLength = 200) : Prompt(wording)
{
    public override string? Recognize(string text, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed.Length <= maxLength && PhraseMatcher.Tokens(trimmed).Count > 0 ? trimmed : null;
    }
}
