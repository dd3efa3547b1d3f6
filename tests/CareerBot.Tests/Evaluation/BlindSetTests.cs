using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// The held-out score that counts: the blind set through the real turn pipeline. A question is
/// answered right when the reply is a guide answer (not "did you mean" or a fallback) showing every
/// fact; an out-of-scope message when it gets the fallback or "not covered" reply.
/// The bars the understanding issue sets are 90% of questions, 95% of out-of-scope messages and 90% of
/// follow-ups; this build does not reach them (README, answer quality). Until it does, each test holds
/// the score measured on 2026-12-04 as a floor, so no change can lose held-out ground unnoticed.
/// </summary>
public sealed class BlindSetTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    private const double QuestionFloor = 0.72;
    private const double OutOfScopeFloor = 0.81;
    private const double FollowupFloor = 0.70;

    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task BlindGuideQuestionsDoNotFallBelowTodaysFloor()
    {
        var questions = BlindSet.Questions();
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

        Report("blind guide questions", questions.Count, misses);
        Assert.True(Share(questions.Count, misses.Count) >= QuestionFloor, $"{misses.Count} of {questions.Count} blind questions missed");
    }

    [Fact]
    public async Task BlindOutOfScopeMessagesDoNotFallBelowTodaysFloor()
    {
        var inputs = BlindSet.OutOfScope();
        var misses = new List<string>();
        foreach (var input in inputs)
        {
            var reply = await AskAlone(input.Ask);
            if (reply.Kind() != "fallback")
            {
                misses.Add($"[{input.Kind}] {input.Ask}\n    got {reply.Kind()} {reply.EntryId()}");
            }
        }

        Report("blind out-of-scope messages", inputs.Count, misses);
        Assert.True(Share(inputs.Count, misses.Count) >= OutOfScopeFloor, $"{misses.Count} of {inputs.Count} blind out-of-scope messages were not declined");
    }

    [Fact]
    public async Task BlindFollowUpConversationsDoNotFallBelowTodaysFloor()
    {
        var conversations = BlindSet.Followups();
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

        Report("blind follow-up conversations", conversations.Count, misses);
        Assert.True(Share(conversations.Count, misses.Count) >= FollowupFloor, $"{misses.Count} of {conversations.Count} blind conversations went wrong");
    }

    private async Task<Activity> AskAlone(string text)
    {
        var replies = await _bot.NewConversation().SendAsync(text, CancellationToken.None);
        return Assert.Single(replies);
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
        foreach (var miss in misses)
        {
            output.WriteLine("MISS " + miss);
        }
    }
}
