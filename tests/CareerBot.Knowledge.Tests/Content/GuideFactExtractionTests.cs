using CareerBot.Knowledge.Tests.Content.GuideFacts;

namespace CareerBot.Knowledge.Tests.Content;

/// <summary>The rules GuideFactCoverageTests finds facts by, as input → facts tables (no guide pages needed).</summary>
public sealed class GuideFactExtractionTests
{
    [Theory]
    [InlineData("a median of $152,000 a year", "money 152000")]
    [InlineData("seniors reach $152K+", "money 152000")]
    [InlineData("from USD 454.12 billion", "money 454120000000")]
    [InlineData("a bump of +$15K–$25K", "money 15000|money 25000")]
    [InlineData("$63.20 per hour", "money 63.2")]
    [InlineData("projected to grow 15 percent", "percent 15")]
    [InlineData("+40% (2024–2034)", "years 2024-2034|percent 40")]
    [InlineData("by 40% between 2023 and 2027.", "years 2023-2027|percent 40")]
    [InlineData("Senior ML engineers (5+ years) and juniors (0–2 years)", "experience 5+ years|experience 0-2 years")]
    [InlineData("1.9M software developer jobs, 129,200 openings", "count 1900000|count 129200")]
    [InlineData("May 2024 data", "year 2024")]
    [InlineData("Requires 4 certifications", "count 4 certifications")]
    public void FiguresAreFoundAndNormalised(string text, string keys) =>
        Assert.Equal(keys.Split('|'), FigureExtractor.Extract(GuideText.Normalise(text)).Select(f => f.Key));

    [Theory]
    [InlineData("$152,000", "money 152000")]
    [InlineData("$152K", "money 152000")]
    [InlineData("152,000", "money 152000")]
    [InlineData("amount: 152000", "money 152000")]
    [InlineData("1,900,000 jobs", "count 1900000")]
    [InlineData("Growth of 40% for 2024–2034", "years 2024-2034")]
    public void TheKnowledgeSatisfiesAFigureHoweverItIsWritten(string knowledge, string key) =>
        Assert.True(new ServedKnowledge(knowledge).Mentions(new GuideFact(key, key)));

    [Theory]
    [InlineData("count 15 fastest", "five of the 15 occupations growing fastest", true)]
    [InlineData("count 4 certifications", "the four certifications", true)]
    [InlineData("count 15 fastest", "15 percent growth, the fastest", false)]
    [InlineData("money 150000", "$15,000", false)]
    [InlineData("percent 40", "40 exams", false)]
    [InlineData("experience 8+ years", "staff at 8+", false)]
    [InlineData("name senior ml engineer", "Senior ML engineers mentor", true)]
    [InlineData("name machine learning engineers", "a machine learning engineer", true)]
    [InlineData("name ml", "HTML and XML", false)]
    public void AFactIsMentionedOnlyWhenTheKnowledgeSaysIt(string key, string knowledge, bool mentioned) =>
        Assert.Equal(mentioned, new ServedKnowledge(knowledge).Mentions(new GuideFact(key, key)));

    [Theory]
    [InlineData("an average of $133,336/year 1. With", "an average of $133,336/year. With")]
    [InlineData("Keras, and scikit-learn 1 6.", "Keras, and scikit-learn.")]
    [InlineData("from USD 454.12 billion in 2022 to USD 2,575.16 billion", "from USD 454.12 billion in 2022 to USD 2,575.16 billion")]
    [InlineData("  1. Leverage Learning Resources", " Leverage Learning Resources")]
    [InlineData("[14] – https://eliterecruitments.com/ai-and-ml-jobs-trends-predictions/", "  –  ")]
    public void ReferencesFootnotesAndListNumbersAreRemoved(string text, string expected) =>
        Assert.Equal(expected, GuideText.WithoutReferences(text));

    [Fact]
    public void NamesAreCapitalisedRunsAndSentenceStartsAreNot()
    {
        string[] pages =
        [
            """
            Master Python and TensorFlow/PyTorch. Python is the most used language; a master's degree helps.
            Proves expertise for the AWS Certified Machine Learning – Specialty.
            - Tesla
            - R or Java (optional)
            California, Texas, and New York lead. Start small, and start with Andrew Ng's course.
            Junior ML Engineer → Senior ML Engineer → Head of AI
            What Does a Machine Learning Engineer Do?
            """,
        ];
        var names = new NameExtractor(pages.Select(GuideText.Normalise), ["What", "Does", "Do"]);

        var found = names.Extract(GuideText.Normalise(pages[0])).Select(f => f.Text);

        Assert.Equal(
            ["Python", "TensorFlow", "PyTorch", "Python", "AWS Certified Machine Learning - Specialty", "Tesla", "R", "Java",
             "California", "Texas", "New York", "Andrew Ng", "Junior ML Engineer", "Senior ML Engineer", "Head of AI", "Machine Learning Engineer"],
            found);
    }
}
