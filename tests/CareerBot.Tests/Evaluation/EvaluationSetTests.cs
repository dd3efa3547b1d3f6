using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace CareerBot.Tests.Evaluation;

/// <summary>
/// Our own evaluation set through the real turn pipeline. A question counts as answered correctly
/// when the reply is an answer from an expected entry and shows every expected fact.
/// </summary>
public sealed class EvaluationSetTests(ITestOutputHelper output) : IClassFixture<InProcessBotFixture>
{
    private const double RequiredShare = 0.95;

    // The understanding issue's bar for the tuning questions.
    private const double TuningQuestionShare = 0.97;
    private const double ParaphrasedFloor = 0.90; // 229/251 on the afternoon of 2026-12-05 (226 that morning, after knowledge tuning)
    private const double MoreOutOfScopeFloor = 0.97; // 99/100 on 2026-12-05
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task AtLeast97PercentOfGuideQuestionsGetTheRightFacts()
    {
        var questions = EvaluationSet.Questions();
        var misses = await Misses(questions);
        Report("guide questions", questions.Count, misses);
        Assert.True(questions.Count >= 150, $"the set needs at least 150 questions, has {questions.Count}");
        Assert.True(Share(questions.Count, misses.Count) >= TuningQuestionShare, $"{misses.Count} of {questions.Count} questions missed");
    }

    /// <summary>
    /// The harder tuning questions. The issue's bar for questions like these is 90%, which this build does not
    /// reach yet (see the README's answer quality); this floor is today's figure, so a change that loses ground fails.
    /// </summary>
    [Fact]
    public async Task ParaphrasedGuideQuestionsDoNotFallBelowTodaysFloor()
    {
        var questions = EvaluationSet.ParaphrasedQuestions();
        var misses = await Misses(questions);
        Report("paraphrased guide questions", questions.Count, misses);
        Assert.True(Share(questions.Count, misses.Count) >= ParaphrasedFloor, $"{misses.Count} of {questions.Count} paraphrased questions missed");
    }

    private async Task<List<string>> Misses(List<EvaluationQuestion> questions)
    {
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

        return misses;
    }

    [Fact]
    public async Task EveryKnowledgeEntryIsCoveredByTheEvaluationSet()
    {
        var covered = EvaluationSet.Questions().Concat(EvaluationSet.ParaphrasedQuestions()).SelectMany(q => q.Expect).ToHashSet();
        var missing = _bot.Guide.Guide.Knowledge.Entries.Select(e => e.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "entries with no evaluation question: " + string.Join(", ", missing));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task AtLeast95PercentOfOutOfScopeInputsGetAGracefulFallback()
    {
        var inputs = EvaluationSet.OutOfScope();
        var misses = await Undeclined(inputs);
        Report("out-of-scope inputs", inputs.Count, misses);
        Assert.True(inputs.Count >= 40, $"the set needs at least 40 out-of-scope inputs, has {inputs.Count}");
        Assert.True(Share(inputs.Count, misses.Count) >= RequiredShare, $"{misses.Count} of {inputs.Count} inputs were not declined");
    }

    /// <summary>Out-of-scope messages that share words with the guide. The issue's bar is 95%; this floor is today's figure.</summary>
    [Fact]
    public async Task OutOfScopeMessagesSharingWordsWithTheGuideDoNotFallBelowTodaysFloor()
    {
        var inputs = EvaluationSet.MoreOutOfScope();
        var misses = await Undeclined(inputs);
        Report("out-of-scope messages sharing words with the guide", inputs.Count, misses);
        Assert.True(Share(inputs.Count, misses.Count) >= MoreOutOfScopeFloor, $"{misses.Count} of {inputs.Count} inputs were not declined");
    }

    private async Task<List<string>> Undeclined(List<string> inputs)
    {
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

        return misses;
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
