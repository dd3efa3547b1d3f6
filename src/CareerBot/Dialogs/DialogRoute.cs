using CareerBot.Dialogs.Prompts;
using CareerBot.Hosting;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;
using CareerBot.Routes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.Dialogs;

/// <summary>
/// Guided conversations, and everything that can interrupt one, handled once for every dialog:
/// idle expiry, the question's own answer (which wins over commands), cancel, start over, help,
/// another dialog, a changed answer, and a guide question — answered, then the question asked again.
/// The route claims a message only while a dialog is open, when one is asked for by name, or when a
/// recently finished plan is being changed; every other message goes on to the guide.
/// </summary>
public sealed class DialogRoute(
    CurrentGuide guide, DialogRunner runner, IOptions<DialogOptions> options, TimeProvider clock, IHttpContextAccessor http) : ITurnHandler
{
    private readonly DialogOptions _options = options.Value;

    public bool Matches(TurnContext turn)
    {
        var stack = turn.State.Dialogs;
        if (!turn.Activity.IsType(ActivityTypes.Message) || (stack.Active is null && string.IsNullOrWhiteSpace(turn.Text)))
        {
            return false;
        }

        return stack.Active is not null
            || runner.Catalog.Triggered(turn.Text, guide.Guide, _options.IntentEvidence) is not null
            || (stack.Finished is not null && !IsIdle(stack) && Changes(NewTurn(turn), stack.Finished, turn.Text).Count > 0);
    }

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var dialogTurn = NewTurn(turn);
        var stack = dialogTurn.Stack;
        try
        {
            if (IsIdle(stack))
            {
                if (stack.Root is { } root)
                {
                    dialogTurn.Send(dialogTurn.Replies.Result(root.DialogId,
                        dialogTurn.Commands.Text("expired", ("dialog", dialogTurn.Script(root.DialogId).Title), ("minutes", (int)_options.IdleTimeout.TotalMinutes)), [], [], DialogStatus.Expired));
                }

                stack.Clear();
            }

            stack.LastActive = dialogTurn.Now;
            if (stack.Active is not null)
            {
                Continue(dialogTurn);
            }
            else
            {
                Start(dialogTurn);
            }
        }
        catch
        {
            // Nobody stays stuck in a broken dialog: the next message starts clean.
            stack.Clear();
            throw;
        }

        return Task.CompletedTask;
    }

    private void Continue(DialogTurn turn)
    {
        var text = turn.Turn.Text;
        var stack = turn.Stack;
        var frame = stack.Active!;
        var prompt = runner.PendingPrompt(turn, frame);
        var commands = turn.Commands;
        var title = turn.Script(stack.Root!.DialogId).Title;

        if (PendingReply.Read(text, prompt, frame, commands, turn.Now) is { } answer)
        {
            // Whatever else the reply says fills the questions still to come ("aws, and I'm pretty new").
            foreach (var (slot, value) in Changes(turn, frame, text).Where(p => p.Key != frame.Pending && !frame.Values.ContainsKey(p.Key)))
            {
                frame.Values[slot] = value;
            }

            runner.Accept(turn, answer);
        }
        else if (PhraseMatcher.IsCommand(text, commands.Cancel))
        {
            var root = stack.Root!.DialogId;
            stack.Clear();
            turn.Send(turn.Replies.Result(root, commands.Text("cancelled", ("dialog", title)), [], Offers.Menu(turn.Knowledge), DialogStatus.Cancelled));
        }
        else if (PhraseMatcher.IsCommand(text, commands.StartOver))
        {
            var root = stack.Root!.DialogId;
            stack.Clear();
            turn.Prefix = commands.Text("startedOver", ("dialog", title));
            runner.Begin(turn, root, "");
        }
        else if (PhraseMatcher.IsCommand(text, commands.Help))
        {
            runner.Reask(turn, DialogStatus.Help, commands.Text("help", ("dialog", title), ("prompt", prompt.Wording.Text), ("hint", prompt.Wording.FilledHint)));
        }
        else if (PhraseMatcher.IsCommand(text, commands.GoBack))
        {
            GoBack(turn, frame);
        }
        else if (runner.Catalog.Triggered(text, guide.Guide) is { } other && other != frame.DialogId)
        {
            stack.Clear();
            runner.Begin(turn, other, text);
        }
        else if (Changes(turn, frame, text) is { Count: > 0 } changes)
        {
            foreach (var (slot, value) in changes)
            {
                frame.Values[slot] = value;
            }

            frame.Pending = null;
            turn.Prefix = commands.Text("changed");
            runner.Run(turn);
        }
        else if (prompt.Soft)
        {
            stack.Frames.Clear();
            Start(turn);
        }
        else if (!prompt.IsAttempt(text) && PendingReply.IsQuestion(text) && GuideAnswer(turn) is { } reply)
        {
            Remember(turn, reply);
            turn.Turn.SendAnswer(reply, turn.Knowledge.Replies.SourcesLabel);
            turn.Prefix = commands.Text("resume", ("dialog", title));
            runner.Reask(turn, DialogStatus.Prompt);
        }
        else
        {
            NotUnderstood(turn, frame, prompt, title);
        }
    }

    /// <summary>
    /// An unreadable reply: re-ask with the hint; at the second, offer buttons and the question's default;
    /// at the third, take the default and go on, so nobody is stuck. A question without a default gives up politely.
    /// </summary>
    private void NotUnderstood(DialogTurn turn, DialogFrame frame, Prompt prompt, string title)
    {
        var commands = turn.Commands;
        var attempts = ++frame.Attempts;
        var fallback = prompt.Wording.Default;
        if (fallback is not null && attempts >= _options.MaxAttempts)
        {
            turn.Prefix = commands.Text("assumed", ("default", prompt.Wording.DefaultLabel!));
            runner.Accept(turn, fallback);
        }
        else if (fallback is not null && attempts == _options.MaxAttempts - 1)
        {
            frame.DefaultOffered = true;
            var buttons = prompt.Buttons.Count > 0 ? prompt.Buttons : [new ChoiceWording(fallback, prompt.Wording.DefaultLabel!, [], [])];
            runner.Reask(turn, DialogStatus.Retry, commands.Text("fallback", ("default", prompt.Wording.DefaultLabel!)) + " " + prompt.Wording.Text, buttons);
        }
        else if (attempts >= _options.MaxAttempts)
        {
            var root = turn.Stack.Root!.DialogId;
            turn.Stack.Frames.Clear();
            var restart = turn.Script(root).Triggers[0];
            turn.Send(turn.Replies.Result(root, commands.Text("gaveUp", ("dialog", title), ("restart", restart)), [], Offers.Menu(turn.Knowledge), DialogStatus.GaveUp));
        }
        else
        {
            runner.Reask(turn, DialogStatus.Retry, commands.Text("retry", ("hint", prompt.Wording.FilledHint)));
        }
    }

    /// <summary>"Go back": forget the answer given last and ask that question again.</summary>
    private void GoBack(DialogTurn turn, DialogFrame frame)
    {
        var last = frame.Values.Keys.LastOrDefault(k => k != frame.Pending);
        if (last is null)
        {
            runner.Reask(turn, DialogStatus.Prompt);
            return;
        }

        frame.Values.Remove(last);
        frame.Pending = null;
        frame.Step = 0;
        turn.Prefix = turn.Commands.Text("wentBack");
        runner.Run(turn);
    }

    /// <summary>No dialog open: start the one asked for, revise the last plan, or (after an expiry or a soft question) answer from the guide.</summary>
    private void Start(DialogTurn turn)
    {
        var text = turn.Turn.Text;
        if (runner.Catalog.Triggered(text, guide.Guide, _options.IntentEvidence) is { } id)
        {
            turn.Prefix = turn.Script(id).Texts.GetValueOrDefault("start");
            runner.Begin(turn, id, text);
        }
        // After a result, a guide question the guide is sure of is answered, as it is mid-dialog: "how much do senior ML
        // engineers make?" after a plan is about pay, not a change of the plan's experience level.
        else if (turn.Stack.Finished is { } finished && !(PendingReply.IsQuestion(text) && GuideAnswer(turn) is not null)
            && Changes(turn, finished, text) is { Count: > 0 } changes)
        {
            runner.Revise(turn, finished, changes);
        }
        else
        {
            var answer = guide.Guide.Answer(text, turn.Turn.State.LastEntryId);
            Remember(turn, answer);
            turn.Turn.SendAnswer(Offers.AddTo(answer, turn.Knowledge), turn.Knowledge.Replies.SourcesLabel);
        }
    }

    /// <summary>A guide question asked mid-dialog, when the guide is sure of its answer.</summary>
    private ComposedAnswer? GuideAnswer(DialogTurn turn)
    {
        var answerer = guide.Guide;
        var state = turn.Turn.State;
        var answer = Commands.IsMore(turn.Turn.Text) && state.LastEntryId is { } last
            ? answerer.Details(last)
            : answerer.Answer(turn.Turn.Text, state.LastEntryId);
        return answer is { Kind: AnswerKind.Answer, EntryId: not null } ? answer : null;
    }

    /// <summary>The same bookkeeping as the answer route: an answer's topic is kept for follow-ups.</summary>
    private static void Remember(DialogTurn turn, ComposedAnswer answer)
    {
        if (answer is { Kind: AnswerKind.Answer, EntryId: { } id })
        {
            turn.Turn.State.LastEntryId = id;
        }
    }

    /// <summary>
    /// Answers a message gives to questions other than the waiting one: a change ("make the budget $800")
    /// must say it is one; an answer to a question not asked yet ("3 hours a day") counts unless the message is a question.
    /// </summary>
    private Dictionary<string, string> Changes(DialogTurn turn, DialogFrame frame, string text)
    {
        var tokens = PhraseMatcher.Tokens(text);
        var isChange = turn.Commands.Change.Any(c => PhraseMatcher.Contains(tokens, c));
        var isQuestion = text.TrimEnd().EndsWith('?');
        var dialog = runner.Catalog[frame.DialogId];
        return dialog.FindAnswers(text, runner.Context(turn, frame))
            .Where(p => frame.Values.TryGetValue(p.Key, out var known) ? isChange && known != p.Value : !isQuestion && frame.Pending is not null)
            .ToDictionary(StringComparer.Ordinal);
    }

    private bool IsIdle(DialogStack stack) => stack.LastActive is { } last && clock.GetUtcNow() - last > _options.IdleTimeout;

    private DialogTurn NewTurn(TurnContext turn)
    {
        return new DialogTurn(turn, guide.Guide.Knowledge, clock.GetUtcNow(), PublicBaseUrl());
    }

    private string PublicBaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(_options.PublicUrl))
        {
            return _options.PublicUrl.TrimEnd('/');
        }

        return http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "";
    }
}
