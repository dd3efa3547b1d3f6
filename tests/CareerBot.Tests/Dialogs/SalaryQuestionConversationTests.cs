using CareerBot.Tests.Support;
using static CareerBot.Tests.Dialogs.Then;

namespace CareerBot.Tests.Dialogs;

/// <summary>
/// "What would I earn?" depends on the person, so the bot asks for their level or years first;
/// a question about ML engineers in general is answered at once. User says → bot does.
/// </summary>
public sealed class SalaryQuestionConversationTests : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Theory]
    [InlineData("what would I earn?")]
    [InlineData("how much could I make?")]
    [InlineData("ok so what salary can I expect")]
    public async Task APersonalSalaryQuestionWithoutALevelAsksForOne(string says) =>
        await _bot.NewConversation().PlayAsync((says, Asks("level")));

    [Theory]
    [InlineData("what would I earn as a nurse?")]
    [InlineData("how much could I make as a data analyst?")]
    public async Task APersonalSalaryQuestionAboutAnotherCareerIsDeclinedNotAskedAbout(string says) =>
        await _bot.NewConversation().PlayAsync((says, Declines()));

    [Fact]
    public async Task AGeneralSalaryQuestionIsAnsweredAtOnce() =>
        await _bot.NewConversation().PlayAsync(("how much do ML engineers make?", Answers("salary-overview")));

    [Fact]
    public async Task NotSureShowsEveryLevelSideBySide() =>
        await _bot.NewConversation().PlayAsync(
            ("what would I earn?", Asks("level")),
            ("honestly not sure", Shows("salary-by-level", "level by level", "Entry level", "$80,000–$120,000", "Senior", "$220K–$300K")));

    [Theory]
    [InlineData("I'm a backend dev, about a year of python", "1 year of experience", "Entry level (0–2 yrs): $80,000–$120,000")]
    [InlineData("I just finished a bootcamp", "Entry level", "$96K–$120K")]
    [InlineData("been doing ML for six years", "6 years of experience", "Senior (5–10 yrs): $180,000–$250,000+")]
    public async Task ADescriptionOfOnesBackgroundIsReadAsALevel(string background, string heading, string band) =>
        await _bot.NewConversation().PlayAsync(
            ("what would I earn?", Asks("level")),
            (background, Shows("salary-by-level", heading, band)));

    [Fact]
    public async Task YearsInTheQuestionAreAnsweredWithoutAsking() =>
        await _bot.NewConversation().PlayAsync(
            ("what would I make with 3 years of experience?", Shows("salary-by-level", "3 years of experience", "Mid level (2–5 yrs): $120,000–$180,000")));

    [Fact]
    public async Task TheResultReadsNaturallyAndLinksTheChartWhereItCannotBeShown() =>
        await _bot.NewConversation().PlayAsync(
            ("what would I earn?", Asks("level")),
            ("entry level", Shows("salary-by-level", "What ML engineers earn: Entry level", "/charts/salary-by-level.svg?highlight=entry")
                .And(Lacks("level level"))
                .And(Lacks("the chart shows"))));
}
