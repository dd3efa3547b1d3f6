using CareerBot.Dialogs.Prompts;
using CareerBot.Dialogs.Salary;
using CareerBot.Knowledge.Content;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Dialogs;

/// <summary>How each prompt reads free-form replies, as reply → stored answer tables (null = re-ask).</summary>
public sealed class PromptTests : IClassFixture<InProcessBotFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private readonly DialogScript _planner = InProcessBotFixture.Bot.Guide.Guide.Knowledge.Dialogs.Scripts["certification-plan"];
    private readonly DialogScript _salary = InProcessBotFixture.Bot.Guide.Guide.Knowledge.Dialogs.Scripts["salary-by-level"];

    [Theory]
    [InlineData("AWS", "aws")]
    [InlineData("amazon", "aws")]
    [InlineData("the second one", "aws")]
    [InlineData("2", "aws")]
    [InlineData("third", "azure")]
    [InlineData("azur", "azure")]
    [InlineData("Gogle Cloud", "gcp")]
    [InlineData("I mostly use azure at work", "azure")]
    [InlineData("dunno", "none")]
    [InlineData("No cloud preference", "none")]
    [InlineData("7", null)]
    [InlineData("aws or azure", null)]
    [InlineData("cancel", null)]
    public void ChoicesAreReadByValueSynonymOrdinalMentionOrMisspelling(string reply, string? expected) =>
        Assert.Equal(expected, new ChoicePrompt(_planner.Prompts["cloud"]).Recognize(reply, Now));

    [Theory]
    [InlineData("around 5 hrs a week", "5")]
    [InlineData("10", "10")]
    [InlineData("ten hours", "10")]
    [InlineData("an hour a day", "7")]
    [InlineData("2 hours per day", "14")]
    [InlineData("30 minutes on weekdays", "2.5")]
    [InlineData("maybe 6", "6")]
    [InlineData("0", null)]
    [InlineData("200 hours a week", null)]
    [InlineData("make the budget 800", null)]
    [InlineData("not much", null)]
    public void WeeklyHoursAreReadFromDurationsAndNumbers(string reply, string? expected) =>
        Assert.Equal(expected, new WeeklyHoursPrompt(_planner.Prompts["hoursPerWeek"]).Recognize(reply, Now));

    [Theory]
    [InlineData("three hundred bucks", "300")]
    [InlineData("$1.2k", "1200")]
    [InlineData("about $500", "500")]
    [InlineData("800", "800")]
    [InlineData("1,200 USD", "1200")]
    [InlineData("nothing", "0")]
    [InlineData("No budget yet", "0")]
    [InlineData("€300", null)]
    [InlineData("cheap", null)]
    [InlineData("5 hours a week", null)]
    public void BudgetsAreReadInDollars(string reply, string? expected) =>
        Assert.Equal(expected, new CurrencyPrompt(_planner.Prompts["budget"]).Recognize(reply, Now));

    [Theory]
    [InlineData("by next June", "2027-06")]
    [InlineData("i'd like to be done by next summer", "2027-06")]
    [InlineData("June 2027", "2027-06")]
    [InlineData("2027-03-01", "2027-03-01")]
    [InlineData("in 3 months", "2027-02-16")]
    [InlineData("nah", "none")]
    [InlineData("no deadline", "none")]
    [InlineData("March 2020", null)]
    [InlineData("soonish", null)]
    [InlineData("before June 2027", "2027-06")]
    [InlineData("before March 15 2027", "2027-03-15")]
    [InlineData("no later than March 15, 2027", "2027-03-15")]
    [InlineData("sometime before the end of 2027", "2027")]
    public void TargetDatesAreFutureDatesOrNone(string reply, string? expected) =>
        Assert.Equal(expected, new DatePrompt(_planner.Prompts["targetDate"]).Recognize(reply, Now));

    [Theory]
    [InlineData("yep", "yes")]
    [InlineData("sure", "yes")]
    [InlineData("nah", "no")]
    [InlineData("no thanks", "no")]
    [InlineData("nah, I'll skip the certification planning", "no")]
    [InlineData("sure — azure, beginner, 4 hours a week", "yes")]
    [InlineData("nope. the roadmap is enough", "no")]
    [InlineData("hmm, what would that cost me", null)]
    [InlineData("sounds good", "yes")]
    [InlineData("ok", "yes")]
    [InlineData("what does an ML engineer do", null)]
    public void YesAndNoAreReadFromCasualReplies(string reply, string? expected) =>
        Assert.Equal(expected, new ConfirmPrompt(_planner.Prompts["targetDate"], InProcessBotFixture.Bot.Guide.Guide.Knowledge.Dialogs.Commands).Recognize(reply, Now));

    [Theory]
    [InlineData("senior", "senior")]
    [InlineData("mid-level", "mid")]
    [InlineData("3 years", "years:3")]
    [InlineData("five years of experience", "years:5")]
    [InlineData("3", "years:3")]
    [InlineData("the first one", "entry")]
    [InlineData("99 years", null)]
    public void LevelsAreReadByNameOrYears(string reply, string? expected) =>
        Assert.Equal(expected, new LevelOrYearsPrompt(_salary.Prompts["level"]).Recognize(reply, Now));

    [Theory]
    [InlineData("My name is Sam", "My name is Sam")]
    [InlineData("   ", null)]
    [InlineData("?!", null)]
    public void TextIsAnyReplyWithWords(string reply, string? expected) =>
        Assert.Equal(expected, new TextPrompt(_planner.Prompts["cloud"]).Recognize(reply, Now));
}
