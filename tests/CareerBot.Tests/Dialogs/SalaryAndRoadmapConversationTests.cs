using CareerBot.Tests.Support;
using static CareerBot.Tests.Dialogs.Then;

namespace CareerBot.Tests.Dialogs;

/// <summary>Salary by level and the break-in roadmap as conversation tables: user says → bot does.</summary>
public sealed class SalaryAndRoadmapConversationTests : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task YearsOfExperienceAreReadAgainstEachSourcesOwnBandsAndTheDisagreementIsNamed()
    {
        var replies = await _bot.NewConversation().PlayAsync(
            ("salary by level", Asks("level")),
            ("3 years", Shows("salary-by-level", "3 years of experience", "Mid level (2–5 yrs): $120,000–$180,000", "Junior (2–4 yrs): no figure given",
                "sources disagree", "$166,431", "$133,080")));

        var chart = Assert.Single(replies[^1].Attachments!, a => a.ContentType == "image/svg+xml");
        Assert.EndsWith("/charts/salary-by-level.svg?highlight=mid", chart.ContentUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("salary by level for a senior", "Senior (5–10 yrs): $180,000–$250,000+", "Senior (7–10 yrs): $220K–$300K")]
    [InlineData("salary by level: lead / principal", "AI architect / lead (no years given): $250,000–$400,000+", "Lead/principal (10+ yrs): $322K+")]
    [InlineData("salary by level, I'm entry level", "Entry level (0–2 yrs): $80,000–$120,000", "Entry level (0–2 yrs): $96K–$120K")]
    public async Task ALevelInTheFirstMessageIsAnsweredAtOnceWithBothSources(string says, string mlJobsGuide, string skillExchange) =>
        await _bot.NewConversation().PlayAsync((says, Shows("salary-by-level", mlJobsGuide, skillExchange)));

    [Fact]
    public async Task AnUnreadableLevelIsAskedAgainAndAnOrdinalPicksALevel() =>
        await _bot.NewConversation().PlayAsync(
            ("estimate my salary", Asks("level")),
            ("pineapple", Reasks("level")),
            ("the fourth one", Shows("salary-by-level", "What ML engineers earn: Senior")));

    [Fact]
    public async Task AnotherLevelCanBeAskedForAfterwards() =>
        await _bot.NewConversation().PlayAsync(
            ("salary by level", Asks("level")),
            ("mid", Shows("salary-by-level", "$150K–$200K")),
            ("make it senior", Shows("salary-by-level", "$220K–$300K")));

    [Fact]
    public async Task TheRoadmapFitsTheBackgroundAndHandsOverToThePlanner() =>
        await _bot.NewConversation().PlayAsync(
            ("give me a roadmap", Asks("background")),
            ("data analyst", Shows("break-in-roadmap", "your roadmap from data analysis or data science", "model deployment", "GCP Professional Data Engineer")
                .And(Asks("planNext"))),
            ("yes please", Asks("cloud")),
            ("aws", Asks("hoursPerWeek")),
            ("8 hours a week", Asks("budget")),
            ("$600", Asks("targetDate")),
            ("no", Shows("certification-plan", "Some experience", "$600 covers 2 of the 4 exams")));

    [Theory]
    [InlineData("student", "internship")]
    [InlineData("I'm a software engineer", "software skills")]
    [InlineData("other", "bootcamp")]
    public async Task EachBackgroundGetsItsOwnRoadmapWithSources(string background, string fact) =>
        await _bot.NewConversation().PlayAsync(
            ("my roadmap", Asks("background")),
            (background, Shows("break-in-roadmap", fact, "Sources")));

    [Fact]
    public async Task SayingNoOrAskingSomethingElseAfterTheRoadmapNeverTrapsTheUser()
    {
        await _bot.NewConversation().PlayAsync(
            ("my roadmap, I'm a student", Asks("planNext")),
            ("no", Shows("break-in-roadmap", "plan my certifications")));
        await _bot.NewConversation().PlayAsync(
            ("my roadmap, I'm a student", Asks("planNext")),
            ("Do I need a PhD to become an ML engineer?", Answers("phd-needed")));
    }

    [Theory]
    [InlineData("how much does a senior ml engineer make", "salary-senior")]
    [InlineData("which certification should I get first", "first-certification")]
    [InlineData("How do I become a machine learning engineer?", "how-to-become")]
    [InlineData("what would I earn if I became a machine learning engineer", "salary-overview")]
    [InlineData("In what order should I take machine learning certifications?", "certification-path")]
    public async Task OrdinaryGuideQuestionsNeverStartADialog(string question, string entryId) =>
        await _bot.NewConversation().PlayAsync((question, Answers(entryId)));
}
