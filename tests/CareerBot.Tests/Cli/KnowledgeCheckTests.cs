using CareerBot.Cli;
using CareerBot.Hosting;
using CareerBot.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Tests.Cli;

/// <summary><c>knowledge check</c> and start-up with a broken knowledge folder.</summary>
public sealed class KnowledgeCheckTests
{
    [Fact]
    public void TheCheckPassesOnTheRealKnowledgeFolder()
    {
        var (exit, output, errors) = Check(KnowledgeFolder.Real);

        Assert.Equal(0, exit);
        Assert.StartsWith("OK: ", output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public void TheCheckListsEachProblemAndExitsNonZero()
    {
        using var folder = new KnowledgeFolder();
        folder.Replace("faq/education/phd-needed.md", "sources: [", "sources: [made-up-source, ");

        var (exit, _, errors) = Check(folder.Path_);

        Assert.Equal(1, exit);
        Assert.Matches(@"knowledge/faq/education/phd-needed\.md:\d+: sources: unknown source id 'made-up-source'", errors);
    }

    [Fact]
    public void TheBotRefusesToStartWithABrokenKnowledgeFolderAndSaysWhy()
    {
        using var folder = new KnowledgeFolder();
        folder.Replace("faq/education/phd-needed.md", "related: [", "related: [no-such-entry, ");

        var error = Assert.Throws<KnowledgeInvalidException>(() =>
            CareerBotApp.Build(["--urls", "http://127.0.0.1:0"], b => b.Configuration["Knowledge:Path"] = folder.Path_));

        Assert.Contains("related: unknown entry id 'no-such-entry'", error.Message, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Errors) Check(string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:Path"] = folder }).Build();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = KnowledgeCheckCommand.Run(configuration, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
