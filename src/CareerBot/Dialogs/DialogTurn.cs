using CareerBot.Knowledge.Content;
using CareerBot.Pipeline;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;

namespace CareerBot.Dialogs;

/// <summary>What every dialog step of one turn shares: the turn, the guide's content, the clock and the reply builder.</summary>
public sealed class DialogTurn(TurnContext turn, KnowledgeBase knowledge, DateTimeOffset now, string publicBaseUrl)
{
    public TurnContext Turn { get; } = turn;

    public KnowledgeBase Knowledge { get; } = knowledge;

    public DialogStack Stack => Turn.State.Dialogs;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Where the bot can be reached, for links it puts in replies (the salary chart).</summary>
    public string PublicBaseUrl { get; } = publicBaseUrl;

    /// <summary>Where the replies will be shown (Teams, Web Chat, plain text), which decides their form.</summary>
    public ReplySurface Surface { get; } = ReplySurfaces.Of(turn.Activity);

    /// <summary>Whether a result gets a card of its own: Web Chat shows text and cards side by side; Teams already turns a result with sources into a card.</summary>
    public bool Cards => Surface == ReplySurface.WebChat;

    public DialogReplies Replies { get; } = new(knowledge, ReplySurfaces.Of(turn.Activity));

    public void Send(IEnumerable<Activity> replies)
    {
        foreach (var reply in replies)
        {
            Turn.Send(reply);
        }
    }

    /// <summary>Said before the next question of this turn ("Got it", "Back to the plan —"), then cleared.</summary>
    public string? Prefix { get; set; }

    public DialogCommands Commands => Knowledge.Dialogs.Commands;

    public DialogScript Script(string dialogId) => Knowledge.Dialogs.Scripts[dialogId];
}
