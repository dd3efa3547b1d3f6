using CareerBot.Pipeline;
using Microsoft.Bot.Schema;

namespace CareerBot.Cli;

/// <summary>A conversation held in the terminal, on the same turn pipeline as every other channel.</summary>
public sealed class TerminalConversation(TurnPipeline pipeline)
{
    private readonly string _conversationId = $"terminal-{Guid.NewGuid():N}";
    private int _sequence;

    public async Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken)
    {
        var turn = await pipeline.RunAsync(Message(text), cancellationToken);
        return turn.Replies;
    }

    public async Task<IReadOnlyList<Activity>> StartAsync(CancellationToken cancellationToken)
    {
        var join = Message(null);
        join.Type = ActivityTypes.ConversationUpdate;
        join.MembersAdded = [new ChannelAccount { Id = "terminal-user", Name = "You" }];
        var turn = await pipeline.RunAsync(join, cancellationToken);
        return turn.Replies;
    }

    private Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"t{Interlocked.Increment(ref _sequence)}",
        ChannelId = "terminal",
        Conversation = new ConversationAccount { Id = _conversationId },
        From = new ChannelAccount { Id = "terminal-user", Name = "You", Role = "user" },
        Recipient = new ChannelAccount { Id = "careerbot", Name = "CareerBot", Role = "bot" },
        Text = text,
        Locale = "en-US",
        Timestamp = DateTimeOffset.UtcNow,
    };
}
