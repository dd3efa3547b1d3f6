using CareerBot.BotFramework;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Runs Direct Line activities through the same adapter and bot as <c>/api/messages</c> (the SDK's
/// <see cref="BotConnectorAdapter"/> and <see cref="PipelineBot"/>), as a channel this app serves itself. The
/// user's activity is stored first (Web Chat waits for that echo, with its <c>clientActivityID</c>), then
/// the turn runs and its replies are stored after it, each stamped with the server's id, time and the bot as sender.
/// </summary>
public sealed partial class DirectLineTurnRunner(
    BotConnectorAdapter adapter, PipelineBot bot, DirectLineConversationStore conversations, IOptions<DirectLineOptions> options, TimeProvider time,
    ILogger<DirectLineTurnRunner> logger)
{
    public const string DirectLineChannel = "directline";
    public const string WebChatChannel = "webchat";

    // Turns of one conversation run one at a time on an instance, so replies follow the message they answer;
    // a fixed set of locks picked by conversation id keeps that without a lock per conversation ever made.
    // Across instances the store's versioned writes keep turns from losing each other's updates.
    private readonly SemaphoreSlim[] _turnLocks = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    /// <summary>
    /// Starts a conversation as Azure's service does: one <c>conversationUpdate</c> adding the bot and the user,
    /// so the bot's welcome is waiting before the client's first read. Runs once per conversation.
    /// </summary>
    public async Task StartAsync(DirectLineConversation conversation, ChannelAccount user, string? locale, string serviceUrl)
    {
        if (await conversations.TryStartAsync(conversation, user.Id ?? "user", CancellationToken.None) is not { } started)
        {
            return;
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|start",
            Timestamp = time.GetUtcNow(),
            ChannelId = conversation.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = new ChannelAccount { Id = user.Id, Name = user.Name, Role = "user" },
            Recipient = Bot,
            Locale = locale,
            MembersAdded = [Bot, new ChannelAccount { Id = user.Id, Name = user.Name }],
        };
        await RunAsync(started, update);
    }

    /// <summary>Stores and runs one activity a client posted; returns its id, and whether the bot failed on it.</summary>
    public async Task<(string Id, bool BotFailed)> PostAsync(DirectLineConversation conversation, Activity activity, DirectLineGrant? grant, string serviceUrl)
    {
        // The client chooses between "webchat" and "directline"; nothing else may pose as another channel.
        activity.ChannelId = string.Equals(activity.ChannelId, WebChatChannel, StringComparison.OrdinalIgnoreCase) ? WebChatChannel : DirectLineChannel;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Recipient = Bot;
        activity.From ??= new ChannelAccount();
        // A token issued for a named user speaks only as that user.
        activity.From.Id = grant?.UserId ?? activity.From.Id ?? "user";
        activity.From.Role = "user";
        activity.DeliveryMode = null;

        if (activity.IsType(ActivityTypes.Typing))
        {
            // Typing goes to the bot but is neither stored nor echoed.
            activity.Id = $"{conversation.Id}|typing";
            activity.Timestamp = time.GetUtcNow();
            return (activity.Id, !await RunAsync(conversation, activity));
        }

        // Stored before the turn and whatever the client does next: the client's acknowledgement means "kept".
        var stored = await conversations.AppendAsync(conversation, [activity], CancellationToken.None);
        if (activity.IsType(ActivityTypes.Message))
        {
            await conversations.PublishLiveAsync(stored, new Activity
            {
                Type = ActivityTypes.Typing, ChannelId = activity.ChannelId, Conversation = activity.Conversation, From = Bot, Recipient = activity.From,
            }, CancellationToken.None);
        }

        return (activity.Id!, !await RunAsync(stored, activity));
    }

    // Not cancellable: the user's activity is stored already, and a client hanging up must not lose the reply
    // it will read when it reconnects.
    private async Task<bool> RunAsync(DirectLineConversation conversation, Activity activity)
    {
        var turnLock = _turnLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(conversation.Id) % (uint)_turnLocks.Length)];
        await turnLock.WaitAsync(CancellationToken.None);
        try
        {
            var replies = await adapter.ProcessLocalAsync(activity, bot, CancellationToken.None);
            var visible = !activity.IsType(ActivityTypes.ConversationUpdate) && !activity.IsType(ActivityTypes.Typing);
            foreach (var reply in replies)
            {
                reply.From = Bot;
                // Web Chat holds back a reply to an activity it never saw (up to 5 s); the client never sees updates or typing.
                reply.ReplyToId = visible ? activity.Id : null;
                reply.ServiceUrl = null;
            }

            await conversations.AppendAsync(conversation, replies, CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTurnFailed(logger, e, activity.Type, conversation.Id);
            return false;
        }
        finally
        {
            turnLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: the turn for a {ActivityType} activity in conversation {ConversationId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string conversationId);
}
