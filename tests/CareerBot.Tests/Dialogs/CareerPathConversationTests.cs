using CareerBot.Tests.Support;
using static CareerBot.Tests.Dialogs.Then;

namespace CareerBot.Tests.Dialogs;

/// <summary>
/// The career path: where the person is now and where they want to go, answered with the guide's
/// track — titles, years and pay, with sources. User says → bot does.
/// </summary>
public sealed class CareerPathConversationTests : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task AMidLevelEngineerWhoWantsToLeadPeopleGetsTheManagementTrack() =>
        await _bot.NewConversation().PlayAsync(
            ("can you help me plan my career?", Asks("level")),
            ("I've been an ML engineer for about 4 years", Asks("direction")),
            ("I think I'd like to manage a team eventually", Shows("career-path",
                "4 years of experience", "management track", "Mid level (2–5 yrs): $120,000–$180,000", "ML engineering manager", "Director of ML/AI",
                "U.S. Bureau of Labor Statistics")));

    [Fact]
    public async Task BothAnswersInTheFirstMessageAreAnsweredAtOnce() =>
        await _bot.NewConversation().PlayAsync(
            ("I'm a senior engineer, should I stay technical?", Shows("career-path",
                "senior", "technical track", "Staff / principal ML engineer", "8+ years", "$322K+", "SkillExchange")));

    [Fact]
    public async Task ResearchShowsTheResearchRolesAndTheirPay() =>
        await _bot.NewConversation().PlayAsync(
            ("map out my career", Asks("level")),
            ("junior", Asks("direction")),
            ("research sounds interesting, maybe publish papers", Shows("career-path", "research track", "applied scientist", "$145,080", "$200,000+")));

    [Fact]
    public async Task AChoiceTakenBackInTheSameReplyIsNotTheOneRead() =>
        await _bot.NewConversation().PlayAsync(
            ("map out my career", Asks("level")),
            ("i'm about 5 years into ML engineering", Asks("direction")),
            ("management maybe... no wait, scratch that, research is what i actually want", Shows("career-path", "research track")));

    [Fact]
    public async Task AnotherTrackCanBeAskedForAfterwards() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my career path", Asks("level")),
            ("entry level", Asks("direction")),
            ("stay hands-on", Shows("career-path", "technical track")),
            ("switch to the research track", Shows("career-path", "research track")));

    [Fact]
    public async Task NotSureTakesEntryLevelAndTheJourneyStillEnds() =>
        await _bot.NewConversation().PlayAsync(
            ("where can I go from here in my career", Asks("level")),
            ("honestly not sure", Asks("direction")),
            ("whatever you think", Shows("career-path", "entry level", "technical track")));

    [Fact]
    public async Task AGeneralCareerPathQuestionStaysAGuideQuestion() =>
        await _bot.NewConversation().PlayAsync(("What does the career path of a machine learning engineer look like?", Answers("career-path")));
}
