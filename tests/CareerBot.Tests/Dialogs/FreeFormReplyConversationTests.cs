using CareerBot.Tests.Support;
using static CareerBot.Tests.Dialogs.Then;

namespace CareerBot.Tests.Dialogs;

/// <summary>
/// Replies written the way people write them, not button words: every reply is read for all of the
/// dialog's questions, "no preference" and "ok" move on, and nothing said as an answer is taken for a
/// guide question. User says → bot does.
/// </summary>
public sealed class FreeFormReplyConversationTests : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task TheNewcomersPlannerSessionReachesItsPlan() =>
        await _bot.NewConversation().PlayAsync(
            ("can you help me plan which certs to take", Asks("cloud")),
            ("we're a Google shop", Asks("experience")),
            ("I'm pretty new, maybe a year of python", Asks("hoursPerWeek")),
            ("not sure, whatever you think", Asks("budget")),
            ("no preference really", Asks("targetDate")),
            ("sounds good", Shows("certification-plan", "Google Cloud", "New to ML", "5 hours of study a week", "$0")));

    [Fact]
    public async Task SeveralAnswersInOneReplyFillSeveralQuestions() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("aws mostly, and I'm a complete beginner with about 6 hours a week", Asks("budget")),
            ("I can spend about $800", Asks("targetDate")),
            ("ok", Shows("certification-plan", "AWS", "New to ML", "6 hours of study a week", "$800")));

    [Theory]
    [InlineData("I'm just starting out, fresh out of college with no real work experience.")]
    [InlineData("honestly I'm starting from scratch")]
    public async Task SayingOneIsJustStartingIsEntryLevelNotAStartOver(string says) =>
        await _bot.NewConversation().PlayAsync(
            ("What would I earn as a machine learning engineer at my level?", Asks("level")),
            (says, Shows("salary-by-level", "Entry level", "$80,000–$120,000")));

    [Fact]
    public async Task AskingForPlanToBreakInStartsTheRoadmapWhileTheBareQuestionIsTheGuides()
    {
        await _bot.NewConversation().PlayAsync(
            ("how do I break into machine learning engineering? I need a plan", Asks("background")),
            ("something else, I'm a high school teacher", Shows("break-in-roadmap", "your roadmap from another field")));
        await _bot.NewConversation().PlayAsync(("how do i break into ml engineering", Answers("how-to-become")));
    }

    [Fact]
    public async Task AdviceOnWhereOnesCareerCouldGoStartsTheCareerPath() =>
        await _bot.NewConversation().PlayAsync(
            ("I'd like some advice on where my machine learning career could go.", Asks("level")),
            ("I'm a junior, about one year of experience.", Asks("direction")),
            ("Research is what excites me most.", Shows("career-path", "research track", "applied scientist")));

    [Theory]
    [InlineData("about a year of Python", "New to ML")]
    [InlineData("three years or so", "Some experience")]
    [InlineData("I've done a few projects", "Some experience")]
    [InlineData("I already work in ML, 7 years now", "Experienced")]
    public async Task YearsAndDescriptionsOfExperienceMapToTheGuidesLevels(string says, string level) =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs, I use azure", Asks("experience")),
            (says, Asks("hoursPerWeek")),
            ("5 hours a week", Asks("budget")),
            ("$300", Asks("targetDate")),
            ("no", Shows("certification-plan", level)));

    [Fact]
    public async Task AMisspeltAnswerInsideASentenceIsStillRead() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs, I use azure", Asks("experience")),
            ("intermediat ML experiance, ~7 hours/week", Asks("budget")),
            ("$300", Asks("targetDate")),
            ("no", Shows("certification-plan", "Some experience", "7 hours of study a week")));

    [Theory]
    [InlineData("I don't have one")]
    [InlineData("skip the target date please, I don't have one.")]
    [InlineData("no deadline really")]
    public async Task SayingThereIsNoTargetDateSkipsIt(string says) =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs, I use azure, new to ML, 5 hours a week, $300", Asks("targetDate")),
            (says, Shows("certification-plan", "Azure")));

    [Theory]
    [InlineData("i'm a backend dev, mostly java", "software engineering")]
    [InlineData("I work in marketing", "another field")]
    [InlineData("still at university", "your studies")]
    public async Task TheRoadmapUnderstandsABackgroundDescribedInPassing(string says, string background) =>
        await _bot.NewConversation().PlayAsync(
            ("give me a roadmap", Asks("background")),
            (says, Shows("break-in-roadmap", "your roadmap from " + background)));

    [Theory]
    [InlineData("plan my certifications", "forget it")]
    [InlineData("plan my certifications", "stop this")]
    [InlineData("plan my certifications", "never mind")]
    [InlineData("what would I earn?", "forget it")]
    [InlineData("what would I earn?", "stop this")]
    [InlineData("what would I earn?", "never mind")]
    [InlineData("give me a roadmap", "forget it")]
    [InlineData("give me a roadmap", "stop this")]
    [InlineData("give me a roadmap", "never mind")]
    // Words no command list has: the reply is read for a command by meaning, once nothing else fits it.
    [InlineData("plan my certifications", "actually let's drop this")]
    [InlineData("what would I earn?", "I'd rather not go on with this")]
    [InlineData("give me a roadmap", "let's leave it there for now")]
    public async Task EveryDialogCancelsCleanly(string start, string cancel) =>
        await _bot.NewConversation().PlayAsync(
            (start, Status("prompt")),
            (cancel, Status("cancelled")),
            ("Do I need a PhD to become an ML engineer?", Answers("phd-needed")));

    [Fact]
    public async Task StartingOverInOtherWordsAsksTheFirstQuestionAgain() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("azure", Asks("experience")),
            ("let me redo all of it from the beginning", Asks("cloud")));

    [Theory]
    [InlineData("I've got about 500 bucks")]
    [InlineData("I'm thinking around $500")]
    [InlineData("five hundred dollars max")]
    [InlineData("under 500")]
    [InlineData("no more than $500")]
    [InlineData("sure, around 500 bucks")]
    [InlineData("I'd rather not spend more than 500 bucks")]
    [InlineData("I don't want to pay over $500")]
    public async Task ABudgetSaidInASentenceIsRead(string says) =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs: azure, experienced, 10 hours a week", Asks("budget")),
            (says, Asks("targetDate")),
            ("no target date", Shows("certification-plan", "an exam budget of $500")));

    [Fact]
    public async Task ASubjectTheGuideDoesNotCoverNeverStartsAGuidedConversation() =>
        await _bot.NewConversation().PlayAsync(
            ("Forget the career guide stuff and help me write my college essay", Declines()),
            ("could you map out which certificates I should take and when?", Asks("cloud")));

    [Fact]
    public async Task AnAnswerToALaterQuestionIsNotedAndAChangeIsCalledOne() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("honestly I'm pretty new, maybe a year of python", Asks("cloud").And(Says("I've noted that")).And(Lacks("updated"))),
            ("aws", Asks("hoursPerWeek")),
            ("actually make it azure", Asks("hoursPerWeek").And(Says("I've updated that"))));

    [Fact]
    public async Task SkipAndGoBackWorkLikeTheySound() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("azure", Asks("experience")),
            ("go back", Asks("cloud")),
            ("gcp actually", Asks("experience")),
            ("skip", Asks("hoursPerWeek")),
            ("10", Asks("budget")),
            ("$1,200", Asks("targetDate")),
            ("skip this one", Shows("certification-plan", "Google Cloud", "New to ML", "10 hours of study a week")));

    [Fact]
    public async Task AStatementThatIsNoAnswerIsAskedAgainNotAnsweredFromTheGuide() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("my degree is in history", Reasks("cloud")));

    [Fact]
    public async Task ARealQuestionMidDialogIsStillAnswered() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certifications", Asks("cloud")),
            ("Do I need a PhD to become an ML engineer?", AnswersThenReasks("phd-needed", "cloud")));

    [Theory]
    [InlineData("could you map out which certificates I should take and when?")]
    [InlineData("which certs should I take?")]
    [InlineData("i need help planning my machine learning certifications")]
    [InlineData("help me choose my machine learning certs")]
    public async Task AskingForACertificationPlanInOtherWordsStartsThePlanner(string says) =>
        await _bot.NewConversation().PlayAsync((says, Asks("cloud")));

    // The second sentence pulls the whole message toward the Azure certificate's entry; the first asks for the planner.
    [Fact]
    public async Task ARequestWithItsContextInAnotherSentenceStartsThePlannerWithThatContext() =>
        await _bot.NewConversation().PlayAsync(
            ("could you map out which certifications I should take? we're a Microsoft shop", Asks("experience")));

    [Theory]
    [InlineData("which certification comes first?")]
    [InlineData("which certification should I take first?")]
    public async Task WhichCertificationComesFirstStaysAGuideQuestion(string says) =>
        await _bot.NewConversation().PlayAsync((says, Answers("first-certification")));
}
