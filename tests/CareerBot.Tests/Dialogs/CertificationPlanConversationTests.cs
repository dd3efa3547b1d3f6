using CareerBot.Tests.Support;
using static CareerBot.Tests.Dialogs.Then;

namespace CareerBot.Tests.Dialogs;

/// <summary>The certification planner as conversation tables: user says → bot does.</summary>
public sealed class CertificationPlanConversationTests : IClassFixture<InProcessBotFixture>
{
    private const string Google = "Google Professional Machine Learning Engineer";
    private const string Aws = "AWS Certified Machine Learning – Specialty";
    private const string Azure = "Microsoft Azure AI Engineer Associate";
    private const string DataEngineer = "Google Cloud Professional Data Engineer";
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Theory]
    [InlineData("Google Cloud", Google, AwsSecond)]
    [InlineData("aws", Aws, GoogleSecond)]
    [InlineData("I'd say azure", Azure, GoogleSecond)]
    [InlineData("not sure", Google, AwsSecond)]
    public async Task HappyPathPutsTheCloudsOwnCertificationFirst(string cloud, string first, string second) =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            (cloud, Asks("experience")),
            ("some experience", Asks("hoursPerWeek")),
            ("10 hours a week", Asks("budget")),
            ("$1,200", Asks("targetDate")),
            ("no", Shows("certification-plan", "1. " + first, second, "4. " + DataEngineer, "$300 per exam", "$1,200+ for 4 exams divided by 4",
                "covers all 4 exams", "80 hours per certification", "our own planning assumption", "8 weeks each", "+$15K–$25K")));

    private const string AwsSecond = "2. " + Aws;
    private const string GoogleSecond = "2. " + Google;

    [Fact]
    public async Task AnswersGivenUpFrontAreNotAskedAgain() =>
        await _bot.NewConversation().PlayAsync(
            ("I use AWS and have $500, plan my certs", Asks("experience")),
            ("beginner", Asks("hoursPerWeek")),
            ("around 5 hrs a week", Asks("targetDate")),
            ("nah", Shows("certification-plan", "1. " + Aws, "$500 covers 1 of the 4 exams", "120 hours per certification", "24 weeks each")));

    [Fact]
    public async Task EveryAnswerInTheFirstMessageIncludingNoDeadlineGivesThePlanAtOnce() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs: gcp, beginner, $1200, 5 hours a week, no deadline", Shows("certification-plan", "1. " + Google)));

    [Fact]
    public async Task AThreeHundredDollarBudgetKeepsOneExamAndSaysWhatItLeavesOut() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs: azure, experienced, 10 hours a week", Asks("budget")),
            ("three hundred bucks", Asks("targetDate")),
            ("no target date", Shows("certification-plan", "1. " + Azure, "$300 covers 1 of the 4 exams (about $300)",
                    "leaves out " + Google + ", " + Aws + ", " + DataEngineer)
                .And(Lacks("2. " + Google))
                .And(Lacks("covers all"))));

    [Fact]
    public async Task UnreadableRepliesGetTheHintThenButtonsWithADefaultAndTheThirdTakesTheDefault() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("gcp", Asks("experience")),
            ("some", Asks("hoursPerWeek")),
            ("lots", Reasks("hoursPerWeek")),
            ("500 hours a week", Reasks("hoursPerWeek").And(OffersButton("5 hours a week"))),
            ("purple", Asks("budget").And(Says("I'll go with 5 hours a week"))),
            ("$1200", Asks("targetDate")),
            ("no", Shows("certification-plan", "5 hours of study a week")));

    [Fact]
    public async Task NeverMindMidFlowEndsThePlanAndSaysSo() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("azure", Asks("experience")),
            ("never mind", Status("cancelled").And(Lacks("Which cloud"))),
            ("Do I need a PhD to become an ML engineer?", Answers("phd-needed")));

    [Fact]
    public async Task AGuideQuestionMidFlowIsAnsweredThenThePlanResumes() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("aws", Asks("experience")),
            ("new to ML", Asks("hoursPerWeek")),
            ("an hour a day", Asks("budget")),
            ("wait, do I need a PhD?", AnswersThenReasks("phd-needed", "budget")),
            ("$600", Asks("targetDate")),
            ("by next June", Shows("certification-plan", "7 hours a week", "$600 covers 2 of the 4 exams", "certified by June")));

    [Fact]
    public async Task AQuestionThatAnswersThePromptIsTakenAsTheAnswer() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("what about azure?", Asks("experience")),
            ("the second one", Asks("hoursPerWeek")),
            ("5", Asks("budget")),
            ("300", Asks("targetDate")),
            ("skip", Shows("certification-plan", "1. " + Azure, "Some experience")));

    [Fact]
    public async Task AnAnswerToALaterQuestionIsKeptAndTheCurrentOneAskedAgain() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("aws", Asks("experience")),
            ("I have $900 for exams", Asks("experience")),
            ("experienced", Asks("hoursPerWeek")),
            ("4 hours per week", Asks("targetDate")),
            ("no", Shows("certification-plan", "$900 covers 3 of the 4 exams")));

    [Fact]
    public async Task ChangingTheBudgetGivesARevisedPlan() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs, I use Google Cloud and I'm a beginner", Asks("hoursPerWeek")),
            ("6", Asks("budget")),
            ("$300", Asks("targetDate")),
            ("no", Shows("certification-plan", "$300 covers 1 of the 4 exams")),
            ("make the budget $800", Shows("certification-plan", "revised", "$800 covers 2 of the 4 exams", "2. " + Aws)),
            ("actually I use azure instead", Shows("certification-plan", "revised", "1. " + Azure, "$800 covers 2 of the 4 exams")));

    [Fact]
    public async Task AGuideQuestionAfterThePlanIsAnsweredNotTakenAsAChange() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs, I use Google Cloud and I'm a beginner", Asks("hoursPerWeek")),
            ("6", Asks("budget")),
            ("$300", Asks("targetDate")),
            ("no", Shows("certification-plan", "$300 covers 1 of the 4 exams")),
            ("how much do senior ml enginers make?", Answers("salary-senior")),
            ("make the budget $800", Shows("certification-plan", "revised", "$800 covers 2 of the 4 exams")));

    [Fact]
    public async Task StartOverAsksEverythingAgain() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("aws", Asks("experience")),
            ("start over", Asks("cloud").And(new Then("says it starts again", r => Assert.Contains("again", r[^1].Text, StringComparison.OrdinalIgnoreCase)))));

    [Fact]
    public async Task HelpMidFlowExplainsTheQuestionAndAsksItAgain() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("help", Status("help").And(new Then("offers the cloud buttons", r => Assert.Contains("AWS", r[^1].Buttons())))),
            ("Google", Asks("experience")));

    [Fact]
    public async Task ADeadlineTooSoonSaysHowManyHoursItWouldTake() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications with $1200, aws, beginner", Asks("hoursPerWeek")),
            ("2 hours a week", Asks("targetDate")),
            ("in 3 months", Shows("certification-plan", "That is after your target", "hours a week to make it")));

    [Fact]
    public async Task TheFirstCertificationQuestionIsAnsweredAndOffersThePlanner()
    {
        var chat = _bot.NewConversation();
        var answer = Assert.Single(await chat.SendAsync("which cert should I get first?", CancellationToken.None));

        Assert.Equal("first-certification", answer.EntryId());
        Assert.Contains("Plan my certifications", answer.Buttons());
        await chat.PlayAsync(("Plan my certifications", Asks("cloud")));
    }

    [Fact]
    public async Task AnotherDialogAskedForMidFlowReplacesThePlan() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("salary by level", Asks("level")),
            ("senior", Shows("salary-by-level", "$180,000–$250,000+")));
}
