using System.Runtime.CompilerServices;
using CareerBot.Dialogs.Prompts;
using CareerBot.Hosting;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;
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
    // How sure the guide must be of a question asked mid-dialog to answer it before reading the message as a reply.
    private const double SureAside = 0.6;

    private readonly DialogOptions _options = options.Value;

    // Each turn's start decision (see StartOf), dropped with the turn.
    private readonly ConditionalWeakTable<TurnContext, StartDecision> _starts = new();

    public async ValueTask<bool> MatchesAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var stack = turn.State.Dialogs;
        if (!turn.Activity.IsType(ActivityTypes.Message) || (stack.Active is null && string.IsNullOrWhiteSpace(turn.Text)))
        {
            return false;
        }

        return stack.Active is not null
            || await StartOfAsync(NewTurn(turn), cancellationToken) is not null
            || (stack.Finished is not null && !IsIdle(stack) && Changes(NewTurn(turn), stack.Finished, turn.Text).Count > 0);
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
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
                await ContinueAsync(dialogTurn, cancellationToken);
            }
            else
            {
                await StartAsync(dialogTurn, cancellationToken);
            }
        }
        catch
        {
            // Nobody stays stuck in a broken dialog: the next message starts clean.
            stack.Clear();
            throw;
        }
    }

    private async Task ContinueAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Turn.Text;
        var stack = turn.Stack;
        var frame = stack.Active!;
        var prompt = runner.PendingPrompt(turn, frame);
        var commands = turn.Commands;
        var title = turn.Script(stack.Root!.DialogId).Title;

        if (!prompt.Soft && AsideQuestion(turn, text) is { } aside)
        {
            AnswerAndResume(turn, aside, title);
        }
        else if (PendingReply.Read(text, prompt, frame, commands, turn.Now, reply => ChoiceByMeaning(turn, frame, prompt, reply)) is { } answer)
        {
            // Whatever else the reply says fills the questions still to come ("aws, and I'm pretty new").
            foreach (var (slot, value) in Changes(turn, frame, text).Where(p => p.Key != frame.Pending && !frame.Values.ContainsKey(p.Key)))
            {
                frame.Values[slot] = value;
            }

            runner.Accept(turn, answer);
        }
        else if (CommandSaid(text, commands) is { } command)
        {
            RunCommand(turn, frame, prompt, title, command);
        }
        else if (runner.Catalog.Triggered(text, guide.Guide) is { } other && other != frame.DialogId)
        {
            stack.Clear();
            runner.Begin(turn, other, text);
        }
        else if (Changes(turn, frame, text) is { Count: > 0 } changes)
        {
            // "I'm pretty new" while the cloud is asked answers a later question: noted, not "updated".
            var updated = changes.Keys.Any(frame.Values.ContainsKey);
            foreach (var (slot, value) in changes)
            {
                frame.Values[slot] = value;
            }

            frame.Pending = null;
            turn.Prefix = commands.Text(updated ? "changed" : "noted");
            runner.Run(turn);
        }
        else if (prompt.Soft)
        {
            stack.Frames.Clear();
            await StartAsync(turn, cancellationToken);
        }
        else if (!prompt.IsAttempt(text) && PendingReply.IsQuestion(text) && GuideAnswer(turn) is { } reply)
        {
            AnswerAndResume(turn, reply, title);
        }
        // "actually let's drop this": no command's words, but a command's meaning; read so only when nothing else fits.
        else if (CommandMeant(text) is { } meant)
        {
            RunCommand(turn, frame, prompt, title, meant.Value);
        }
        else
        {
            NotUnderstood(turn, frame, prompt, title);
        }
    }

    private static string? CommandSaid(string text, DialogCommands commands) =>
        PhraseMatcher.IsCommand(text, commands.Cancel) ? "cancel"
        : PhraseMatcher.IsCommand(text, commands.StartOver) ? "startOver"
        : PhraseMatcher.IsCommand(text, commands.Help) ? "help"
        : PhraseMatcher.IsCommand(text, commands.GoBack) ? "goBack"
        : null;

    private void RunCommand(DialogTurn turn, DialogFrame frame, Prompt prompt, string title, string command)
    {
        var commands = turn.Commands;
        var stack = turn.Stack;
        var root = stack.Root!.DialogId;
        switch (command)
        {
            case "cancel":
                stack.Clear();
                turn.Send(turn.Replies.Result(root, commands.Text("cancelled", ("dialog", title)), [], Offers.Menu(turn.Knowledge), DialogStatus.Cancelled));
                break;
            case "startOver":
                stack.Clear();
                turn.Prefix = commands.Text("startedOver", ("dialog", title));
                runner.Begin(turn, root, "");
                break;
            case "help":
                runner.Reask(turn, DialogStatus.Help, commands.Text("help", ("dialog", title), ("prompt", prompt.Wording.Text), ("hint", prompt.Wording.FilledHint)));
                break;
            default:
                GoBack(turn, frame);
                break;
        }
    }

    private void AnswerAndResume(DialogTurn turn, ComposedAnswer reply, string title)
    {
        Remember(turn, reply);
        turn.Turn.SendAnswer(reply, turn.Knowledge.Replies.SourcesLabel);
        turn.Prefix = turn.Commands.Text("resume", ("dialog", title));
        runner.Reask(turn, DialogStatus.Prompt);
    }

    /// <summary>
    /// A real question asked in passing ("by the way, how much do senior ML engineers make?"): a question of five
    /// words or more that the guide answers with confidence is the guide's, even when it mentions one of the waiting
    /// question's choices ("senior"). A short question ("what about azure?") is still read as the answer.
    /// </summary>
    private ComposedAnswer? AsideQuestion(DialogTurn turn, string text) =>
        PendingReply.IsQuestion(text) && PhraseMatcher.Tokens(text).Count >= 5 && GuideAnswer(turn) is { Score: >= SureAside } answer ? answer : null;

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
    private async Task StartAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Turn.Text;
        if (await StartOfAsync(turn, cancellationToken) is { } start)
        {
            if (start.Announced)
            {
                turn.Prefix = turn.Script(start.Id).Texts.GetValueOrDefault("start");
            }

            runner.Begin(turn, start.Id, text, new Dictionary<string, string>(start.Known, StringComparer.Ordinal));
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

    /// <summary>
    /// The guided conversation a message starts when none is open: one it asks for (a trigger, or its meaning), one the
    /// last answer offered that it answers, or one whose questions it answers. Worked out once per turn, since
    /// <see cref="MatchesAsync"/> needs it to claim the message and <see cref="StartAsync"/> to begin the dialog, and reading
    /// a message for answers runs Microsoft's recognizers and may run the embedding model.
    /// </summary>
    private async ValueTask<DialogStart?> StartOfAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        if (!_starts.TryGetValue(turn.Turn, out var decision))
        {
            decision = new StartDecision(await FindStartAsync(turn, cancellationToken));
            _starts.AddOrUpdate(turn.Turn, decision);
        }

        return decision.Start;
    }

    private async ValueTask<DialogStart?> FindStartAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Turn.Text;
        if (await runner.Catalog.TriggeredAsync(text, guide.Guide, _options.IntentEvidence, cancellationToken) is { } id)
        {
            return new DialogStart(id, new Dictionary<string, string>(StringComparer.Ordinal), Announced: true);
        }

        return OfferTakenUp(turn, text)
            ?? (SituationTold(turn, text) is { } told ? new DialogStart(told, new Dictionary<string, string>(StringComparer.Ordinal), Announced: true) : null);
    }

    /// <summary>
    /// The guided conversation the last answer offered, when this message answers its questions: after "how do I
    /// break into ML?" (which offers the roadmap), "I'm a college student studying maths" tells the bot where the
    /// person starts from, so the roadmap starts with it rather than the guide searching for "college".
    /// A question is never taken this way: it is the guide's. Known holds what the message answered by meaning.
    /// </summary>
    private DialogStart? OfferTakenUp(DialogTurn turn, string text)
    {
        if (turn.Turn.State.LastEntryId is not { } last || PendingReply.IsQuestion(text) || text.Length > 300)
        {
            return null;
        }

        var offered = turn.Knowledge.Dialogs.Scripts.Values
            .Where(s => s.Offer?.After.Contains(last) == true && runner.Catalog.All.Any(d => d.Id == s.Id))
            .ToList();
        if (offered.FirstOrDefault(s => runner.Catalog[s.Id].FindAnswers(text, runner.Context(turn, new DialogFrame { DialogId = s.Id })).Count > 0) is { } said)
        {
            return new DialogStart(said.Id, new Dictionary<string, string>(StringComparer.Ordinal), Announced: false);
        }

        // "I'm in my third year at uni" names no choice in words, but means one: the first question's choice by meaning.
        if (!Knowledge.Semantics.IntentMatcher.SpeaksOfThePerson(text))
        {
            return null;
        }

        foreach (var script in offered)
        {
            var slot = script.Prompts.Keys.First();
            if (guide.Guide.Choices.Nearest(script.Id, slot, text) is { } guess && guess.Sure(_options.ChoiceSimilarity, _options.ChoiceMargin))
            {
                return new DialogStart(script.Id, new Dictionary<string, string>(StringComparer.Ordinal) { [slot] = guess.Value }, Announced: false);
            }
        }

        return null;
    }

    /// <summary>
    /// The waiting question's choice the reply means, when its words named none ("I'd like to move into managing
    /// people"): the nearest choice by meaning, if near enough and clearly ahead of the others (thresholds calibrated
    /// by ChoiceCalibrationTests). A command ("go back", "cancel") is never read as a choice.
    /// </summary>
    private string? ChoiceByMeaning(DialogTurn turn, DialogFrame frame, Prompts.Prompt prompt, string text)
    {
        var commands = turn.Commands;
        // A reply that answers another of the dialog's questions ("I have $900 for exams") is that answer, not this one's.
        // A reply the prompt sees as a failed attempt ("March 2020" for a target date) meant an answer of its own kind.
        if (prompt.Wording.Choices.Count == 0 || prompt.IsAttempt(text)
            || new[] { commands.Cancel, commands.StartOver, commands.Help, commands.GoBack, commands.Skip }.Any(c => PhraseMatcher.IsCommand(text, c))
            || runner.Catalog[frame.DialogId].FindAnswers(text, runner.Context(turn, frame)).Keys.Any(slot => slot != frame.Pending))
        {
            return null;
        }

        // "let me redo it from the beginning" is nearer "start over" than "new to ML": a command meant is no choice.
        return guide.Guide.Choices.Nearest(frame.DialogId, frame.Pending!, text) is { } guess && guess.Sure(_options.ChoiceSimilarity, _options.ChoiceMargin)
            && !(CommandMeant(text) is { } command && command.Similarity > guess.Similarity)
            ? guess.Value
            : null;
    }

    private ChoiceGuess? CommandMeant(string text) =>
        guide.Guide.Choices.NearestCommand(text) is { } meant && meant.Sure(_options.CommandSimilarity, _options.CommandMargin) ? meant : null;

    /// <summary>
    /// The guided conversation a statement about the person answers two or more questions of: "I'm a mid-level ML
    /// engineer with 4 years and I want to lead a team eventually" tells the career path both where they are and
    /// where they want to go, so it starts there rather than the guide picking one of its words. A question must answer three.
    /// </summary>
    private string? SituationTold(DialogTurn turn, string text)
    {
        // Reading every dialog's answers runs Microsoft's recognizers (dates, money, numbers) several times over, so an
        // ordinary question ("do I need a PhD?") is let through first: only a long one can carry three answers.
        if (!Knowledge.Semantics.IntentMatcher.SpeaksOfThePerson(text) || (PendingReply.IsQuestion(text) && PhraseMatcher.Tokens(text).Count < 12))
        {
            return null;
        }

        // A question needs one answer more: "I'm on GCP with two years, 8 hours a week and $1200, what certs should I take?"
        var needed = PendingReply.IsQuestion(text) ? 3 : 2;
        return runner.Catalog.All
            .Select(d => (d.Id, Count: d.FindAnswers(text, runner.Context(turn, new DialogFrame { DialogId = d.Id })).Count))
            .Where(d => d.Count >= needed)
            .OrderByDescending(d => d.Count)
            .Select(d => d.Id)
            .FirstOrDefault();
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

    /// <summary>A dialog to start: its id, the answers the message already gave by meaning, and whether it opens with its "start" line.</summary>
    private sealed record DialogStart(string Id, Dictionary<string, string> Known, bool Announced);

    private sealed record StartDecision(DialogStart? Start);
}
