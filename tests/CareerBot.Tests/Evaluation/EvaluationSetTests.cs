using CareerBot.Protocol;
using CareerBot.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// Our own evaluation set through the real turn pipeline. A question counts as answered correctly
/// when the reply is an answer from an expected entry and shows every expected fact.
/// </summary>
public sealed class EvaluationSetTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    private const double RequiredShare = 0.95;
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task AtLeast95PercentOfGuideQuestionsGetTheRightFacts()
    {
        var questions = EvaluationSet.Questions();
        var misses = new List<string>();
        foreach (var question in questions)
        {
            var reply = await AskAlone(question.Ask);
            var problem = Judge(reply, question);
            if (problem is not null)
            {
                misses.Add($"{question.Ask}\n    expected {string.Join("|", question.Expect)}: {problem}");
            }
        }

        Report("guide questions", questions.Count, misses);
        Assert.True(questions.Count >= 150, $"the set needs at least 150 questions, has {questions.Count}");
        Assert.True(Share(questions.Count, misses.Count) >= RequiredShare, $"{misses.Count} of {questions.Count} questions missed");
    }

    [Fact]
    public async Task EveryKnowledgeEntryIsCoveredByTheEvaluationSet()
    {
        var covered = EvaluationSet.Questions().SelectMany(q => q.Expect).ToHashSet();
        var missing = _bot.Guide.Guide.Knowledge.Entries.Select(e => e.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "entries with no evaluation question: " + string.Join(", ", missing));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task AtLeast95PercentOfOutOfScopeInputsGetAGracefulFallback()
    {
        var inputs = EvaluationSet.OutOfScope();
        var misses = new List<string>();
        foreach (var input in inputs)
        {
            var reply = await AskAlone(input);
            if (reply.Kind() != "fallback")
            {
                misses.Add($"{input}\n    got {reply.Kind()} {reply.EntryId()}");
            }
            else if (input.Length > 3 && reply.Text!.Contains(input, StringComparison.Ordinal))
            {
                misses.Add($"{input}\n    the fallback echoes the input");
            }
        }

        Report("out-of-scope inputs", inputs.Count, misses);
        Assert.True(inputs.Count >= 40, $"the set needs at least 40 out-of-scope inputs, has {inputs.Count}");
        Assert.True(Share(inputs.Count, misses.Count) >= RequiredShare, $"{misses.Count} of {inputs.Count} inputs were not declined");
    }

    [Fact]
    public async Task ShortFollowUpsAreUnderstoodAgainstThePreviousAnswer()
    {
        var conversations = EvaluationSet.Conversations();
        var misses = new List<string>();
        foreach (var conversation in conversations)
        {
            var chat = _bot.NewConversation();
            foreach (var turn in conversation.Turns)
            {
                var replies = await chat.SendAsync(turn.Ask, CancellationToken.None);
                var problem = Judge(replies[^1], turn);
                if (problem is not null)
                {
                    misses.Add($"{string.Join(" / ", conversation.Turns.Select(t => t.Ask))}\n    at '{turn.Ask}': {problem}");
                    break;
                }
            }
        }

        Report("follow-up conversations", conversations.Count, misses);
        Assert.True(conversations.Count >= 12, $"the set needs at least 12 conversations, has {conversations.Count}");
        Assert.True(Share(conversations.Count, misses.Count) >= RequiredShare, $"{misses.Count} of {conversations.Count} conversations went wrong");
    }

    private async Task<Activity> AskAlone(string text)
    {
        var replies = await _bot.NewConversation().SendAsync(text, CancellationToken.None);
        return Assert.Single(replies);
    }

    private static string? Judge(Activity reply, EvaluationQuestion question)
    {
        if (reply.Kind() != "answer" || !question.Expect.Contains(reply.EntryId() ?? ""))
        {
            return $"got {reply.Kind()} {reply.EntryId()}";
        }

        var missing = question.Facts.Where(f => !reply.Contains(f)).ToList();
        return missing.Count == 0 ? null : "reply lacks " + string.Join(", ", missing.Select(f => $"'{f}'"));
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
