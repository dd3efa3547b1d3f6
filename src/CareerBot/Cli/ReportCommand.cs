using System.Globalization;
using CareerBot.Feedback;
using CareerBot.Storage;

namespace CareerBot.Cli;

/// <summary><c>report</c>: the content editors' report, from the store the bot is configured with.</summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var report = ContentReport.From(
            await services.GetRequiredService<QuestionLog>().AllAsync(cancellationToken),
            await services.GetRequiredService<IFeedbackStore>().AllAsync(cancellationToken));

        Section(output, "Not answered (the guide had nothing): add an entry or an alternate question", report.Unanswered);
        Section(output, "Answered on a close call (the runners-up offered as buttons): add the wording to the entry it is about", report.CloseCalls);
        Section(output, "Answered with low confidence: check the answer fits, add the wording as an alternate", report.LowConfidence);
        output.WriteLine("👎 Not helpful, by entry (👎 / 👍):");
        if (report.NotHelpful.Count == 0)
        {
            output.WriteLine("  (none)");
        }

        foreach (var entry in report.NotHelpful)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entry.NotHelpful,5} / {entry.Helpful,-5} {entry.Entry}"));
        }

        return 0;
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<ContentReport.QuestionGroup> groups)
    {
        output.WriteLine($"{title}:");
        if (groups.Count == 0)
        {
            output.WriteLine("  (none)");
        }

        foreach (var group in groups)
        {
            var match = group.EntryId is null ? "" : string.Create(CultureInfo.InvariantCulture, $"  → {group.EntryId} ({group.BestScore:0.00})");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Count,5}  {group.Question}{match}"));
        }

        output.WriteLine();
    }
}
