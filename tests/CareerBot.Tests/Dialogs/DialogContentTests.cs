using CareerBot.Knowledge.Content;
using CareerBot.Tests.Shared;

namespace CareerBot.Tests.Dialogs;

/// <summary>The dialog wording and planning figures are checked like the rest of the knowledge folder: file:line: field: message.</summary>
public sealed class DialogContentTests
{
    [Theory]
    [InlineData("dialogs/certification-plan.yaml", "  changeHint:", "  changeHintRenamed:", @"certification-plan\.yaml:\d+: changeHint: is missing")]
    [InlineData("dialogs/break-in-roadmap.yaml", "sources: [bls-ooh-2024, skillexchange-2026, certpath-guide]", "sources: [bls-ooh-2024, no-such-source, certpath-guide]", @"break-in-roadmap\.yaml:\d+: sources: unknown source id 'no-such-source'")]
    [InlineData("dialogs/break-in-roadmap.yaml", "internship is called crucial [1]", "internship is called crucial [9]", @"break-in-roadmap\.yaml:\d+: steps: \[9\] cites no source")]
    [InlineData("dialogs/salary-by-level.yaml", "after: [salary-by-level,", "after: [no-such-entry,", @"salary-by-level\.yaml:\d+: after: unknown entry id 'no-such-entry'")]
    [InlineData("dialogs/certification-plan.yaml", "    max: 60", "    max: 0", @"certification-plan\.yaml:\d+: min: 1 is above max 0")]
    [InlineData("dialogs/common.yaml", "  cancel: [", "  cancelled-list: [", @"common\.yaml:\d+: cancel: is missing")]
    [InlineData("data/planning.yaml", "    some: 80\n", "", @"planning\.yaml:\d+: studyHours: byExperience has no hours for 'some'")]
    [InlineData("data/planning.yaml", "certifications: [tensorflow-developer]", "certifications: [made-up-cert]", @"planning\.yaml:\d+: alsoConsider: unknown certification id 'made-up-cert'")]
    public void ABrokenDialogFileIsReportedAtItsLine(string file, string oldText, string newText, string expected)
    {
        using var folder = new KnowledgeFolder();
        folder.Replace(file, oldText, newText);

        var result = KnowledgeLoader.Load(folder.Path_);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => System.Text.RegularExpressions.Regex.IsMatch(p.ToString(), expected));
    }

    [Fact]
    public void EveryDialogHasItsWordingAndTheRealFolderLoads()
    {
        var result = KnowledgeLoader.Load(KnowledgeFolder.Real);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["break-in-roadmap", "career-path", "certification-plan", "salary-by-level"], result.Knowledge!.Dialogs.Scripts.Keys.Order());
    }
}
