using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Tests.Shared;

namespace CareerBot.Knowledge.Tests.Search;

/// <summary>Search behaviour a user notices: the right entry, no crash on hostile input, sane confidence.</summary>
public sealed class SearchTests : IDisposable
{
    private readonly GuideAnswerer _guide = GuideAnswerer.Build(KnowledgeLoader.Load(KnowledgeFolder.Real).Knowledge!);

    public void Dispose() => _guide.Dispose();

    [Theory]
    [InlineData("\" * ^ ( ) : - +")]
    [InlineData("^col:* {question}: x")]
    [InlineData("\"\"\"")]
    [InlineData("")]
    [InlineData("    ")]
    public void FtsSyntaxWithoutWordsGetsTheFallback(string question) =>
        Assert.Equal(AnswerKind.Fallback, _guide.Answer(question).Kind);

    [Theory]
    [InlineData("phd\" AND \"salary", "phd")]
    [InlineData("phd NOT salary --", "phd")]
    public void FtsOperatorsInAQuestionAreReadAsWords(string question, string expectedInEntry)
    {
        var result = _guide.Search(question);
        Assert.Contains(expectedInEntry, result.Best!.Entry.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("do I need a PhD to become a machine learning engineer", "phd-needed")]
    [InlineData("which certification should I get first", "first-certification")]
    [InlineData("how many ml engineer job openings are there per year", "openings-per-year")]
    public void APlainQuestionFindsItsEntryWithConfidence(string question, string entry)
    {
        var result = _guide.Search(question);
        Assert.Equal(entry, result.Best?.Entry.Id);
        Assert.InRange(result.Confidence, 0.45, 1.0);
    }

    [Fact]
    public void ConfidenceIsAlwaysBetweenZeroAndOne()
    {
        foreach (var entry in _guide.Knowledge.Entries)
        {
            Assert.InRange(_guide.Search(entry.Question).Confidence, 0.0, 1.0);
        }
    }
}
