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

    [Theory]
    [InlineData("how much does a nurse make", "nursing careers")]
    [InlineData("what does an airline pilot earn", "careers as a pilot")]
    [InlineData("I'm a nurse, how do I switch to machine learning engineering?", null)]
    [InlineData("what salary can an ML engineer expect", null)]
    public void QuestionsAboutOtherCareersAreNamedAsNotCovered(string question, string? topic) =>
        Assert.Equal(topic, _guide.Search(question).NotCovered?.Topic);

    [Theory]
    [InlineData("google profesional ml enginer cert", "cert-google-ml-engineer")]
    [InlineData("principle ml engineer sallary", "salary-lead-architect")]
    [InlineData("how much do senor ml enginers make", "salary-senior")]
    public void MisspeltQuestionsFindTheEntryTheirWordsWouldFind(string question, string entry) =>
        Assert.Equal(entry, _guide.Search(question).Best?.Entry.Id);

    [Theory]
    [InlineData("pay for someone with 8 years of experience in ML", "salary-senior")]
    [InlineData("salary with twelve years experience", "salary-lead-architect")]
    [InlineData("ml engineer salary after 1 year", "salary-entry-level")]
    public void YearsOfExperienceFindTheSalaryForThatLevel(string question, string entry) =>
        Assert.Equal(entry, _guide.Search(question).Best?.Entry.Id);

    [Fact]
    public void ConfidenceIsAlwaysBetweenZeroAndOne()
    {
        foreach (var entry in _guide.Knowledge.Entries)
        {
            Assert.InRange(_guide.Search(entry.Question).Confidence, 0.0, 1.0);
        }
    }
}
