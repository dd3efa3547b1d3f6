using CareerBot.Cli;
using CareerBot.Feedback;
using CareerBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Cli;

/// <summary>The content editors' report and the erasure of one user's data, on a real SQLite store filled by real turns.</summary>
public sealed class ReportAndDeleteUserTests : IDisposable
{
    // Answers below 0.8 count as weak here, so a vague question ("tell me about the job") is listed with where it went.
    private readonly InProcessBot _bot = new(settings: new Dictionary<string, string?> { ["Operations:LowConfidenceBelow"] = "0.8" });

    [Fact]
    public async Task TheReportGroupsAndCountsBadlyAnsweredQuestionsAndNotHelpfulRatings()
    {
        var conversation = _bot.NewConversation();
        foreach (var question in new[] { "xyzzy plugh", "Xyzzy  plugh?", "how do I train a dragon?", "tell me about the job", "do I need a PhD?" })
        {
            await conversation.SendAsync(question, default);
        }

        var feedback = _bot.Services.GetRequiredService<IFeedbackStore>();
        await feedback.RecordAsync(Rating("ans-1", "phd-needed", "ann", FeedbackRating.NotHelpful), default);
        await feedback.RecordAsync(Rating("ans-2", "phd-needed", "bob", FeedbackRating.NotHelpful), default);
        await feedback.RecordAsync(Rating("ans-3", "phd-needed", "cat", FeedbackRating.Helpful), default);
        await feedback.RecordAsync(Rating("ans-4", "salary-entry-level", "cat", FeedbackRating.Helpful), default);

        var report = await ReportAsync();

        Assert.Contains("      2  xyzzy plugh\n", report, StringComparison.Ordinal);
        Assert.Contains("      1  how do i train a dragon\n", report.Split("Answered")[0], StringComparison.Ordinal);
        // A weak answer is listed with the entry it went to, for the editor to judge.
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(report, @"      1  tell me about the job  → [a-z-]+"), report);
        Assert.DoesNotContain("phd", report.Split("👎")[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("      2 / 1     phd-needed", report, StringComparison.Ordinal);
        Assert.DoesNotContain("salary-entry-level", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAUserRemovesTheirConversationQuestionsAndRatings()
    {
        await _bot.NewConversation().SendAsync("xyzzy plugh", default);
        await _bot.Services.GetRequiredService<IFeedbackStore>().RecordAsync(Rating("ans-1", "phd-needed", "terminal-user", FeedbackRating.NotHelpful), default);
        await _bot.Services.GetRequiredService<IFeedbackStore>().RecordAsync(Rating("ans-1", "phd-needed", "someone-else", FeedbackRating.NotHelpful), default);

        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, await DeleteUserCommand.RunAsync(_bot.Services, "terminal-user", output, default));

        Assert.Equal("Deleted 3 record(s) of user 'terminal-user'.\n", output.ToString());
        var report = await ReportAsync();
        Assert.DoesNotContain("xyzzy", report, StringComparison.Ordinal);
        Assert.Contains("      1 / 0     phd-needed", report, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();

    private async Task<string> ReportAsync()
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, await ReportCommand.RunAsync(_bot.Services, output, default));
        return output.ToString();
    }

    private static FeedbackRecord Rating(string answerId, string entryId, string user, FeedbackRating rating) =>
        new(answerId, entryId, rating, user, "test", "c1", "card", DateTimeOffset.UtcNow);
}
