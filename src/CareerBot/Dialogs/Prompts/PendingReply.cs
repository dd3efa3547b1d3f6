using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// Reads a reply as the answer to the question waiting for it: the prompt's own reading first, then
/// the shared words every question understands — "no preference" and "skip" take the question's
/// default, and "ok" takes it at an optional question or once the default has been offered; last, a choice by meaning.
/// </summary>
public static class PendingReply
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "how", "which", "why", "when", "where", "who", "whom", "whose", "do", "does", "did", "is", "are", "was", "were",
        "can", "could", "should", "would", "will", "shall", "may", "might", "tell", "explain", "describe", "list", "show", "give",
    };

    // byMeaning reads the reply as one of the question's choices by meaning when its words do not say it: the last resort.
    public static string? Read(string text, Prompt prompt, DialogFrame frame, DialogCommands commands, DateTimeOffset now, Func<string, string?>? byMeaning = null)
    {
        if (prompt.Recognize(text, now) is { } answer)
        {
            return answer;
        }

        if (IsQuestion(text))
        {
            return null;
        }

        if (prompt.Wording.Default is { } fallback
            && (PhraseMatcher.IsCommand(text, commands.Skip) || Says(text, commands.NoPreference)
                || ((prompt.Wording.Optional || frame.DefaultOffered) && PhraseMatcher.IsCommand(text, commands.MoveOn))))
        {
            return fallback;
        }

        return byMeaning?.Invoke(text);
    }

    /// <summary>A question to the guide rather than an answer: it has a "?" ("quick question: do I need a PhD? thanks") or opens with a question word.</summary>
    public static bool IsQuestion(string text)
    {
        if (text.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = PhraseMatcher.Tokens(text);
        return tokens.Count > 2 && QuestionWords.Contains(tokens[0]);
    }

    /// <summary>Whether one of the phrases occurs in the reply as whole words ("no preference really").</summary>
    private static bool Says(string text, IEnumerable<string> phrases)
    {
        var tokens = PhraseMatcher.Tokens(text);
        return phrases.Any(p => PhraseMatcher.Contains(tokens, p));
    }
}
