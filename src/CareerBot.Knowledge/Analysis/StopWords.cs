namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Words that say nothing about which answer is wanted. Question words are here too:
/// "how much" and "how long" are read as answer-type cues before these are dropped.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "during", "each", "either", "else", "ever", "every", "for", "from",
        "further", "get", "getting", "give", "go", "going", "got", "had", "has", "have", "having", "he", "hello",
        "her", "here", "hey", "hi", "him", "his", "how", "i", "if", "im", "in", "into", "is", "it", "its", "just",
        "kind", "know", "let", "like", "lot", "lots", "me", "might", "more", "most", "much", "must", "my", "myself",
        "need", "needs", "no", "nor", "not", "now", "of", "off", "ok", "okay", "on", "once", "one", "only", "or",
        "other", "our", "out", "over", "own", "please", "pretty", "quite", "really", "s", "same", "say", "she",
        "should", "so", "some", "something", "sort", "still", "such", "t", "tell", "than", "thank", "thanks",
        "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "this", "those",
        "through", "to", "too", "typically", "typical", "u", "um", "up", "us", "usually", "very", "want", "wanna",
        "was", "way", "we", "were", "what", "whats", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "you", "your", "yours", "yourself", "ur", "gonna", "guys", "anyone", "someone",
        "actually", "basically", "exactly", "maybe", "think", "wondering", "curious", "question", "questions",
        "ll", "ve", "d", "re", "m", "wow", "cool", "great", "good", "many", "lol", "btw",
        // Chat spellings of the words above: a misspelt "what" is still not a topic.
        "wat", "wht", "waht", "hw", "shoud", "shuold", "cn", "pls", "plz", "thx", "ty", "r", "ya", "ive", "dont",
        "doesnt", "cant", "gotta", "kinda", "sorta", "w", "nah", "yeah", "yep", "eli5", "deal", "stuff", "folks",
        "anyway", "etc", "eg", "ie", "bit", "ordinary", "usual", "regular", "whether", "wondering", "wonder",
    };

    public static bool Contains(string token) => Words.Contains(token);
}
