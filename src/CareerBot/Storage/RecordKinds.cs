namespace CareerBot.Storage;

/// <summary>The kinds of record the bot stores; also the names the report and the retention sweep use.</summary>
public static class RecordKinds
{
    public const string Conversation = "conversation";
    public const string Feedback = "feedback";
    public const string Question = "question";
    public const string SentAnswer = "sent-answer";
    public const string Outbox = "outbox";
    public const string DirectLineConversation = "directline";
    public const string DirectLineToken = "directline-token";
    public const string DirectLineStreamToken = "directline-stream";
}
