using CareerBot.Knowledge.Analysis;

namespace CareerBot.Routes;

/// <summary>The few things a user can say that are commands rather than questions.</summary>
public static class Commands
{
    private static readonly HashSet<string> HelpPhrases = new(StringComparer.Ordinal)
    {
        "help", "menu", "commands", "what can you do", "what can i ask", "what can you help with", "what do you know", "options", "start", "hi", "hello", "hey",
    };

    private static readonly HashSet<string> MorePhrases = new(StringComparer.Ordinal)
    {
        "more", "tell me more", "more details", "details", "more info", "more information", "go on", "expand", "elaborate", "say more", "continue",
    };

    public static bool IsHelp(string text) => HelpPhrases.Contains(Normalize(text));

    public static bool IsMore(string text) => MorePhrases.Contains(Normalize(text));

    private static string Normalize(string text) => text.Length > 60 ? "" : string.Join(' ', Tokenizer.Tokenize(text).Where(t => t is not "please" and not "can" and not "you"));
}
