namespace CareerBot.Knowledge.Content;

/// <summary>The file names inside the knowledge folder, in one place.</summary>
public static class KnowledgeFiles
{
    public const string Sources = "sources.yaml";
    public const string Synonyms = "synonyms.txt";
    public const string StopWords = "stopwords.txt";
    public const string Cues = "cues.yaml";
    public const string Replies = "replies.yaml";
    public const string Scope = "scope.yaml";
    public const string FaqFolder = "faq";
    public const string Certifications = "data/certifications.yaml";
    public const string Salaries = "data/salaries.yaml";
    public const string Outlook = "data/outlook.yaml";
    public const string Planning = "data/planning.yaml";
    public const string DialogsFolder = "dialogs";
}
