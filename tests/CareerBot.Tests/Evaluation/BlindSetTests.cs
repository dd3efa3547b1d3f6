using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// A set of questions judged by facts (Blind/, Natural/) through the real turn pipeline. A question is
/// answered right when the reply is a guide answer (not "did you mean" or a fallback) showing every
/// fact; an out-of-scope message when it gets the fallback or "not covered" reply. Each set holds its
/// own floors, so no change can lose ground on it unnoticed.
/// </summary>
public abstract class FactSetTests(ITestOutputHelper output, FactSet set) : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    protected abstract double QuestionFloor { get; }

    protected abstract double OutOfScopeFloor { get; }

    protected abstract double FollowupFloor { get; }

    [Fact]
    public async Task GuideQuestionsDoNotFallBelowTheirFloor()
    {
        var questions = set.Questions();
        var misses = new List<string>();
        var byStyle = new Dictionary<string, (int Total, int Missed)>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var reply = await AskAlone(question.Ask);
            var problem = Judge(reply, question);
            var (total, missed) = byStyle.GetValueOrDefault(question.Style);
            byStyle[question.Style] = (total + 1, missed + (problem is null ? 0 : 1));
            if (problem is not null)
            {
                misses.Add($"[{question.Style}] {question.Ask}\n    {problem}");
            }
        }

        foreach (var (style, (total, missed)) in byStyle.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {style}: {total - missed}/{total} ({Share(total, missed):P1})");
        }

        Report($"{set.Name} guide questions", questions.Count, misses);
        Assert.True(Share(questions.Count, misses.Count) >= QuestionFloor, $"{misses.Count} of {questions.Count} {set.Name} questions missed");
    }

    [Fact]
    public async Task OutOfScopeMessagesDoNotFallBelowTheirFloor()
    {
        var inputs = set.OutOfScope();
        var misses = new List<string>();
        foreach (var input in inputs)
        {
            var reply = await AskAlone(input.Ask);
            if (reply.Kind() != "fallback")
            {
                misses.Add($"[{input.Kind}] {input.Ask}\n    got {reply.Kind()} {reply.EntryId()}");
            }
        }

        Report($"{set.Name} out-of-scope messages", inputs.Count, misses);
        Assert.True(Share(inputs.Count, misses.Count) >= OutOfScopeFloor, $"{misses.Count} of {inputs.Count} {set.Name} out-of-scope messages were not declined");
    }

    [Fact]
    public async Task FollowUpConversationsDoNotFallBelowTheirFloor()
    {
        var conversations = set.Followups();
        var misses = new List<string>();
        foreach (var conversation in conversations)
        {
            var chat = _bot.NewConversation();
            foreach (var turn in conversation.Turns)
            {
                var replies = await chat.SendAsync(turn.Ask, CancellationToken.None);
                if (Judge(replies[^1], turn) is { } problem)
                {
                    misses.Add($"[{conversation.Kind}] {string.Join(" / ", conversation.Turns.Select(t => t.Ask))}\n    at '{turn.Ask}': {problem}");
                    break;
                }
            }
        }

        Report($"{set.Name} follow-up conversations", conversations.Count, misses);
        Assert.True(Share(conversations.Count, misses.Count) >= FollowupFloor, $"{misses.Count} of {conversations.Count} {set.Name} conversations went wrong");
    }

    private async Task<Activity> AskAlone(string text)
    {
        // A question that starts a guided conversation gets its opening lines: judged by the last, a prompt, not an answer.
        var replies = await _bot.NewConversation().SendAsync(text, CancellationToken.None);
        return replies[^1];
    }

    private static string? Judge(Activity reply, BlindQuestion question)
    {
        if (reply.Kind() != "answer")
        {
            return $"got {reply.Kind()} {reply.EntryId()}";
        }

        var missing = question.Facts.Where(fact => !fact.Split('|').Any(reply.Contains)).ToList();
        return missing.Count == 0 ? null : $"{reply.EntryId()} lacks " + string.Join(", ", missing.Select(f => $"'{f}'"));
    }

    private static double Share(int total, int missed) => total == 0 ? 0 : (total - missed) / (double)total;

    private void Report(string what, int total, List<string> misses)
    {
        output.WriteLine($"{what}: {total - misses.Count}/{total} ({Share(total, misses.Count):P1})");
        foreach (var miss in set.Shown(misses))
        {
            output.WriteLine("MISS " + miss);
        }
    }
}

/// <summary>
/// The held-out score that counts: the blind set, written from the five pages alone before tuning and never
/// tuned on. The bars the understanding issue sets are 90% of questions, 95% of out-of-scope messages and 90%
/// of follow-ups; this build does not reach them (README, answer quality). Until it does, each test holds the
/// score last measured as a floor: 2026-12-06, 400/466, 95/108, 51/60. The out-of-scope floor went down from 94/108
/// on 2026-12-05 evening: the editors' phrasings added for paraphrased questions (chosen on the tuning sets, and
/// checked on the fourth set before it was looked at) answer more held-out questions and decline fewer held-out
/// out-of-scope messages; the README reports both. On 2026-12-06 the refit on every tuning set (chosen there, where no
/// follow-up changed) cost one held-out follow-up for four questions and two declines; later changes that day won it back.
/// Later on 2026-12-06, with the follow-up and scope work chosen on the sixth set: 399/466, 96/108, 52/60 (the new scope
/// topics decline one more held-out message and one held-out question; the seventh set: no question lost, nine more declined).
/// The same day's guided-conversation work (more ways to ask for the salary check, the career path and a break-in plan)
/// cost one held-out question for a while (398/466); wordings closer to the pages' own, chosen on the sixth set, won
/// both back (400/466), and the eighth set's wordings ("breadth", "scalable deployment") and phrasings took it to 403/466;
/// naming each certification's bump in "are certifications worth it?" (found chatting as a user) to 405/466.
/// Nobody looked at which.
/// </summary>
public sealed class BlindSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Blind)
{
    protected override double QuestionFloor => 0.86;

    protected override double OutOfScopeFloor => 0.88;

    protected override double FollowupFloor => 0.86;
}

/// <summary>
/// The second tuning set (Natural/): written like the blind set, from the five pages alone, but open to look at
/// and tune on. Floors at the scores measured on 2026-12-04 when it was added.
/// </summary>
public sealed class NaturalSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Natural)
{
    // Raised 2026-12-05 after knowledge tuning (scores then: 393/416, 104/106, 48/50), a question or two below them;
    // questions again that afternoon (397/416). Lowered by one question on 2026-12-05 (late evening, 395/416): real words
    // are no longer "corrected" ("apart" had been read as "part", which happened to help one question) and the refitted
    // confidence declines more; the blind out-of-scope share rose from 89 to 93 of 108 with these changes. Back to 0.95
    // on 2026-12-06 after the refit on every tuning set (397/416); 398/416 with details brought forward on weaker evidence.
    protected override double QuestionFloor => 0.955;

    protected override double OutOfScopeFloor => 0.98;

    protected override double FollowupFloor => 0.98;
}

/// <summary>
/// The third tuning set (Fresh/): written 2026-12-05 like the blind set, from the five pages alone, and scored once
/// before anyone looked at it (README); open to look at and tune on since.
/// </summary>
public sealed class FreshSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Fresh)
{
    // The first score, before the set was looked at (2026-12-05): 277/357, 74/85, 41/42. Raised the same day after
    // multi-part questions, close calls answered and scope work (289/357, 76/85, 41/42), and that evening after the
    // editors' paraphrased phrasings (304/357, 79/85, 41/42). Lowered by one question late that evening (303/357) for
    // the same trade as the natural set's floor (real words left alone, the refitted confidence declining more). Raised
    // on 2026-12-06 after the refit on every tuning set (309/357), with details brought forward on weaker evidence (312/357)
    // and with the renewal entry (313/357).
    protected override double QuestionFloor => 0.875;

    protected override double OutOfScopeFloor => 0.94;

    protected override double FollowupFloor => 0.97;
}

/// <summary>
/// The fourth set (Fourth/): written 2026-12-05 like the blind set, from the five pages alone, and scored before
/// anyone looked at it, before and after one change (README); open to look at and tune on since.
/// </summary>
public sealed class FourthSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Fourth)
{
    // The first score, before the set was looked at (2026-12-05, 17:55 UTC): 279/339, 96/117, 41/48. Scored again,
    // still unread, after the editors' paraphrased phrasings and the refitted confidence: 291/339, 95/117, 43/48;
    // read since, and after scope additions: 291/339, 99/117, 43/48; after the late evening's typo and scope work and
    // refit: 300/339, 100/117, 46/48; on 2026-12-06 with the confidence refitted on every tuning set and the answer
    // thresholds at 0.55/0.65 (11 more tuning questions right for 2 fewer declines across the sets): 301/339, 99/117, 46/48;
    // with details brought forward on weaker evidence: 305/339, 99/117, 47/48; with the renewal entry: 306/339.
    protected override double QuestionFloor => 0.90;

    protected override double OutOfScopeFloor => 0.89;

    protected override double FollowupFloor => 0.97;
}

/// <summary>
/// The fifth set (Fifth/): written 2026-12-05 (21:05–21:45 UTC) like the blind set, from the five pages alone, and scored
/// before anyone looked at it, on the build before that evening's changes and on the build with them (README); open to
/// look at and tune on since.
/// </summary>
public sealed class FifthSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Fifth)
{
    // Unseen, on the build before (48d9bd7): 291/368, 100/130, 47/51; on the build with the evening's changes (real words
    // never "corrected", the corrected text embedded, 456 more messages to decline, the refitted confidence): 295/368,
    // 106/130, 47/51. Read since; on 2026-12-06 with the confidence refitted on every tuning set and the answer thresholds
    // at 0.55/0.65 (the trade described for the fourth set): 298/368, 105/130, 47/51; with details brought forward on
    // weaker evidence: 301/368, 105/130, 48/51; with the editors' messages to decline of 2026-12-06: 301/368, 108/130, 48/51;
    // (later that day, with roles the guide only names declined: 111/130)
    // with a follow-up that asks for something instead not given the same answer again: 49/51; with phrasings for the
    // BLS category question and travel declined: 303/368, 109/130; with the renewal entry: 304/368.
    protected override double QuestionFloor => 0.835;

    protected override double OutOfScopeFloor => 0.92;

    protected override double FollowupFloor => 0.96;
}

/// <summary>
/// The sixth set (Sixth/): written 2026-12-06 (02:15–02:45 UTC) like the blind set, from the five pages alone, and scored
/// before anyone looked at it, on the build before that session's ranking changes and on the build with them (README);
/// open to look at and tune on since the seventh set took its place as unseen (2026-12-06, 05:10 UTC).
/// </summary>
public sealed class SixthSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Sixth)
{
    // Unseen, on the build before the session's ranking changes (the commit that added the set): 275/358, 106/133, 40/52;
    // still unseen, with the confidence refitted on every tuning set and the unknown-words signal: 276/358, 108/133, 40/52;
    // and with details brought forward on weaker evidence: 279/358, 108/133, 40/52; with the renewal entry: 281/358. Read
    // since; with figures quoted as each source writes them ("$250,000–$400,000+", "USD 2,575.16 billion"), pay and
    // prospects of roles the guide only names declined, writing and role-play requests declined, and "…at that level?"
    // read as a follow-up: 294/358, 119/133, 43/52; with the career ladder's titles named: 299/358; with "which one…?",
    // "compared to…?" and a closing "though" read as follow-ups and fillers ("hm", "somewhere") dropped: 46/52; with the
    // scope topics of that morning (a named company's pay or hiring process, course prices, booking an exam, freelance
    // rates, visas, trivia): 299/358, 131/133 (four tuning questions they first declined were let through by narrowing them);
    // with more wordings as the pages put them ("4 certifications", "None required") and phrasings for leading employers,
    // hybrid cloud, cloud skills and pivots: 306/358.
    protected override double QuestionFloor => 0.85;

    protected override double OutOfScopeFloor => 0.98;

    protected override double FollowupFloor => 0.88;
}

/// <summary>
/// The seventh set (Seventh/): written 2026-12-06 (04:59–05:09 UTC) like the blind set, from the five pages alone, and
/// committed before that session's tuning. Held out like the blind set: its misses are not printed, nobody reads them,
/// and it is never tuned on; its score is reported beside the blind set's (README).
/// </summary>
public sealed class SeventhSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Seventh)
{
    // Unseen, on the build the set was committed with (9bd410d plus the set): 381/486 (78.4%), 123/153 (80.4%), 39/63 (61.9%);
    // still unseen, with the sixth set's fixes of 2026-12-06 (figures as sources write them, more declined, "…at that
    // level?" as a follow-up): 395/486, 124/153, 42/63; with the career ladder's titles named and three wordings closer to
    // the pages': 402/486, 124/153, 44/63; with "which one…?", "compared to…?" and a closing "though" as follow-ups: 45/63;
    // with that morning's scope topics (a named company's pay or hiring process, course prices, exam booking, freelance
    // rates, visas, trivia): 133/153; with the later wordings and phrasings chosen on the sixth set: 405/486; with a follow-up
    // on the same answer shown the detail it asks about (chosen on the eighth set): 46/63; with the eighth set's wordings
    // and phrasings: 409/486, 48/63.
    protected override double QuestionFloor => 0.84;

    protected override double OutOfScopeFloor => 0.86;

    protected override double FollowupFloor => 0.76;
}

/// <summary>
/// The eighth set (Eighth/): written 2026-12-06 (05:59–06:05 UTC) like the blind set, from the five pages alone, with twice
/// the follow-ups of the others (the held-out sets showed follow-ups as the weakest kind); scored once before anyone looked
/// at it, then open to look at and tune on (README).
/// </summary>
public sealed class EighthSetTests(ITestOutputHelper output) : FactSetTests(output, FactSet.Eighth)
{
    // Unseen, on the build it was committed with (0ae8103 plus the set): 198/242 (81.8%), 137/156 (87.8%), 75/116 (64.7%).
    // Read since; with a short fragment ("by which year?", "over what period?", "yearly?") read as a follow-up: 79/116;
    // with a follow-up on the same answer shown the detail it asks about: 81/116; with more scope phrases of the kinds it
    // showed (writing a resume for someone, model answers, "from now on…", admissions tests, age, salary forecasts,
    // everyday life, more roles without figures): 149/156 (no held-out score moved); with "breadth" and "scalable
    // deployment" in the comparisons and phrasings for regions, a Microsoft shop, the step after the Google certification,
    // what ML engineers power and the job's headaches: 207/242, 83/116; with "the exam" read as a follow-up: 84/116; with
    // phrasings for educational requirements, new graduates' roles, certification upkeep and the step after ML engineer: 211/242.
    protected override double QuestionFloor => 0.87;

    protected override double OutOfScopeFloor => 0.95;

    protected override double FollowupFloor => 0.71;
}
