using CareerBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CareerBot.Tests.Dialogs.Then;

namespace CareerBot.Tests.Dialogs;

/// <summary>An idle dialog closes, with a note, on the next message; a busy one does not.</summary>
public sealed class DialogExpiryTests : IDisposable
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));
    private readonly InProcessBot _bot;

    public DialogExpiryTests() => _bot = new InProcessBot(services => services.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task AnIdleDialogIsClosedWithANoteAndTheMessageIsHandledAsUsual()
    {
        var chat = _bot.NewConversation();
        await chat.PlayAsync(("plan my certifications", Asks("cloud")));
        _clock.Advance(TimeSpan.FromMinutes(31));

        var replies = await chat.PlayAsync(("Do I need a PhD to become an ML engineer?", Status("expired")));

        Assert.Contains("30 minutes", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, replies.Count);
        Assert.Equal("phd-needed", replies[1].EntryId());
        await chat.PlayAsync(("aws", new Then("does not resume the closed plan", r => Assert.All(r, a => Assert.Null(a.Asks())))));
    }

    [Fact]
    public async Task ADialogThatKeepsGettingRepliesDoesNotExpire()
    {
        var chat = _bot.NewConversation();
        await chat.PlayAsync(("plan my certifications", Asks("cloud")));
        _clock.Advance(TimeSpan.FromMinutes(20));
        await chat.PlayAsync(("aws", Asks("experience")));
        _clock.Advance(TimeSpan.FromMinutes(20));
        await chat.PlayAsync(("beginner", Asks("hoursPerWeek")));
    }

    [Fact]
    public async Task TheTargetDateIsReadAgainstTodayAndAPastDateIsAskedAgain() =>
        await _bot.NewConversation().PlayAsync(
            ("plan my certs: aws, beginner, $300, 10 hours a week", Asks("targetDate")),
            ("March 2020", Reasks("targetDate")),
            ("by next June", Shows("certification-plan", "certified by June 2027", "12 weeks each", "around February 2027", "before your target")));

    public void Dispose() => _bot.Dispose();
}
