using System.Text.RegularExpressions;
using CareerBot.Knowledge.Tests.Content.GuideFacts;
using CareerBot.Tests.Shared;
using Xunit.Abstractions;

namespace CareerBot.Knowledge.Tests.Content;

/// <summary>
/// Every fact reachable: each figure and name on the five guide pages (shared/guide) is somewhere in the
/// text the bot serves, or is listed with a reason in knowledge/guide-fact-exclusions.yaml.
/// </summary>
public sealed class GuideFactCoverageTests(ITestOutputHelper output)
{
    private static readonly GuideFactExclusions s_exclusions = GuideFactExclusions.Load(KnowledgeFolder.Real);

    [Fact]
    public void EveryFigureOnTheGuidePagesIsInTheKnowledgeOrExcluded() =>
        CheckCoverage(fact => !IsName(fact), "figures");

    [Fact]
    public void EveryNameOnTheGuidePagesIsInTheKnowledgeOrExcluded() =>
        CheckCoverage(IsName, "names");

    [Fact]
    public void EveryExcludedFactIsOneFactStillOnTheGuidePages()
    {
        if (LoadPages() is not { } pages) return;

        var onPages = pages.Facts.Select(f => f.Fact.Key).ToHashSet(StringComparer.Ordinal);

        // One fact per item, so that excluding a heading cannot silently excuse a name inside it.
        var staleFacts = s_exclusions.Facts.Where(e => pages.KeysOf(e.Fact) is not [var key] || !onPages.Contains(key)).Select(e => e.Fact);
        var staleWords = s_exclusions.OrdinaryWords
            .Where(w => !pages.Texts.Values.Any(text => Regex.IsMatch(text, $@"(?<![\w'-]){Regex.Escape(w.Word)}(?![\w-])")))
            .Select(w => w.Word);

        Assert.True(!staleFacts.Any() && !staleWords.Any(),
            $"Not exactly one fact on the guide pages; fix or remove in {GuideFactExclusions.FileName}: {string.Join(", ", staleFacts.Concat(staleWords))}");
    }

    [Fact]
    public void NoExcludedFactIsAlreadyInTheKnowledge()
    {
        if (LoadPages() is not { } pages) return;

        var knowledge = ServedKnowledge.Load(KnowledgeFolder.Real);
        var needless = s_exclusions.Facts.Where(e => pages.KeysOf(e.Fact) is [var key] && knowledge.Mentions(new GuideFact(key, e.Fact))).Select(e => e.Fact);

        Assert.True(!needless.Any(), $"The knowledge has these now; remove them from {GuideFactExclusions.FileName}: {string.Join(", ", needless)}");
    }

    [Fact]
    public void EveryExclusionGivesAReason()
    {
        var unexplained = s_exclusions.Facts.Where(e => string.IsNullOrWhiteSpace(e.Reason)).Select(e => e.Fact)
            .Concat(s_exclusions.OrdinaryWords.Where(w => string.IsNullOrWhiteSpace(w.Reason)).Select(w => w.Word));

        Assert.Empty(unexplained);
    }

    private void CheckCoverage(Func<GuideFact, bool> kind, string what)
    {
        if (LoadPages() is not { } pages) return;

        var knowledge = ServedKnowledge.Load(KnowledgeFolder.Real);
        var excluded = s_exclusions.Facts.SelectMany(e => pages.KeysOf(e.Fact)).ToHashSet(StringComparer.Ordinal);
        var facts = pages.Facts.Where(f => kind(f.Fact)).ToList();
        var missing = facts
            .Where(f => !excluded.Contains(f.Fact.Key) && !knowledge.Mentions(f.Fact))
            .DistinctBy(f => f.Fact.Key)
            .Select(f => $"{f.Page[..3]}: {f.Fact.Text}  [{f.Fact.Key}]")
            .ToList();

        output.WriteLine($"{facts.DistinctBy(f => f.Fact.Key).Count()} distinct {what} on the guide pages ({facts.Count} occurrences), {missing.Count} missing.");
        Assert.True(missing.Count == 0,
            $"{missing.Count} {what} on the guide pages are in neither knowledge/ nor {GuideFactExclusions.FileName}:\n{string.Join("\n", missing)}");
    }

    private GuidePages? LoadPages()
    {
        var folder = SharedFolder.Locate("guide");
        if (folder is null)
        {
            Assert.False(SharedFolder.IsCi, "shared/guide is missing; CI must check it out next to the repository.");

            // xunit 2 has no dynamic skip (SkipException arrived in v3), so outside CI the test
            // passes and says why it did not run.
            output.WriteLine($"Skipping: shared/guide was not found above {AppContext.BaseDirectory}.");
            return null;
        }

        var pages = GuidePages.Load(folder, s_exclusions.OrdinaryWords.Select(w => w.Word));
        Assert.True(pages.Texts.Count > 0 && pages.Facts.Count > 0, $"{folder} has no guide pages with facts on them.");
        return pages;
    }

    private static bool IsName(GuideFact fact) => fact.Key.StartsWith("name ", StringComparison.Ordinal);
}
