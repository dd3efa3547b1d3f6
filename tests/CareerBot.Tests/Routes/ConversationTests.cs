using CareerBot.Tests.Support;

namespace CareerBot.Tests.Routes;

/// <summary>Conversations as tables: what the user says, what the bot does.</summary>
public sealed class ConversationTests : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task TellMeMoreGivesTheDetailsBehindTheLastAnswer()
    {
        var chat = _bot.NewConversation();
        var answer = (await chat.SendAsync("Do I need a PhD to become an ML engineer?", CancellationToken.None))[0];
        var more = (await chat.SendAsync("Tell me more", CancellationToken.None))[0];

        Assert.Equal("phd-needed", answer.EntryId());
        Assert.Contains(answer.SuggestedActions!.Actions, a => (string?)a.Value == "Tell me more");
        Assert.Equal("phd-needed", more.EntryId());
        Assert.NotEqual(answer.Text, more.Text);
        Assert.DoesNotContain(more.SuggestedActions?.Actions ?? [], a => (string?)a.Value == "Tell me more");
    }

    [Theory]
    [InlineData("help")]
    [InlineData("what can you do?")]
    [InlineData("hi")]
    public async Task HelpSaysWhatTheBotCoversAndOffersStarters(string text)
    {
        var reply = (await _bot.NewConversation().SendAsync(text, CancellationToken.None))[0];

        Assert.Contains("certification", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(reply.SuggestedActions!.Actions.Count >= 3);
    }

    [Fact]
    public async Task ACloseCallIsAnsweredAndTheRunnersUpComeFirstAmongTheButtons()
    {
        // Between the soft-skills entry and the skills entry (confidence between the two answer thresholds, the runner-up
        // close): answered from the likelier, the other a tap away. When a refit moves it, `explain -` over the tuning
        // questions lists other close calls.
        var reply = (await _bot.NewConversation().SendAsync("Apart from the technical side, what people-facing strengths help someone succeed here?", CancellationToken.None))[0];
        var entryQuestions = _bot.Guide.Guide.Knowledge.Entries.Where(e => e.Id != reply.EntryId()).Select(e => e.Question).ToList();

        Assert.Equal("answer", reply.Kind());
        Assert.Contains("communication", reply.Text, StringComparison.Ordinal);
        Assert.Contains((string?)reply.SuggestedActions!.Actions[0].Value, entryQuestions);
        Assert.Contains(reply.SuggestedActions.Actions, a => (string?)a.Value == "Tell me more");
    }

    [Theory]
    [InlineData("thanks!", "welcome")]
    [InlineData("bye", "good luck")]
    [InlineData("forget it", "no problem")]
    [InlineData("nvm", "no problem")]
    public async Task ChitChatGetsAFriendlyLineNotTheFallback(string text, string expected)
    {
        var reply = (await _bot.NewConversation().SendAsync(text, CancellationToken.None))[0];

        Assert.NotEqual("fallback", reply.Kind());
        Assert.Contains(expected, reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AQuestionAboutOnePointShowsThatPointWithTheLineThatIntroducesIt()
    {
        // The short answer on soft skills does not mention code reviews; the detail that does is a bullet under
        // "Where they come up (SkillExchange, 2026):", shown with it so the fragment reads as a sentence with its source.
        var reply = (await _bot.NewConversation().SendAsync("what soft skills come up in code reviews?", CancellationToken.None))[0];

        Assert.Equal("soft-skills", reply.EntryId());
        Assert.Contains("Where they come up (SkillExchange, 2026): daily stand-ups and code reviews", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpAskingForSomethingInsteadIsNotGivenTheSameAnswerAgain()
    {
        var chat = _bot.NewConversation();
        var first = (await chat.SendAsync("which certification fits if we're an AWS shop?", CancellationToken.None))[0];
        var instead = (await chat.SendAsync("what if we used Google Cloud instead?", CancellationToken.None))[0];

        Assert.Equal("cert-aws-ml-specialty", first.EntryId());
        Assert.NotEqual(first.EntryId(), instead.EntryId());
        Assert.Contains("Google Cloud", instead.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what do entry level ml engineers earn", "how long do people usually stay at that level", "0–2 years")]
    [InlineData("how many certifications are on the full path", "which one's best to start with?", "Google Professional Machine Learning Engineer")]
    [InlineData("what job growth does the BLS project", "hm i read somewhere it was 40% though?", "40%")]
    [InlineData("What's the global AI market expected to reach?", "by which year?", "2032")]
    [InlineData("How fast are software developer jobs expected to grow according to the BLS?", "over what period?", "2024–2034")]
    [InlineData("What is the TensorFlow Developer Certificate good for?", "what does the exam actually test?", "TensorFlow")]
    [InlineData("What's the Azure cert salary bump?", "what about the data engineer one?", "GCP Professional Data Engineer")]
    public async Task AFollowUpThatPointsBackInOtherWordsIsReadWithTheAnswerItFollows(string first, string followup, string fact)
    {
        var chat = _bot.NewConversation();
        await chat.SendAsync(first, CancellationToken.None);
        var reply = (await chat.SendAsync(followup, CancellationToken.None))[0];

        Assert.Equal("answer", reply.Kind());
        Assert.True(reply.Contains(fact), reply.Text);
    }

    [Theory]
    [InlineData("which online courses are good for ml", "who teaches the coursera one?", "Andrew Ng")]
    [InlineData("How much do ML engineers at major tech companies make?", "does that include stock?", "Stock is part of that package")]
    public async Task AFollowUpAboutTheSameAnswerGetsTheDetailItAsksFor(string first, string followup, string detail)
    {
        var chat = _bot.NewConversation();
        var answer = (await chat.SendAsync(first, CancellationToken.None))[0];
        var more = (await chat.SendAsync(followup, CancellationToken.None))[0];

        Assert.Equal(answer.EntryId(), more.EntryId());
        Assert.DoesNotContain(detail, answer.Text, StringComparison.Ordinal);
        Assert.Contains(detail, more.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep learning engineer salary")]
    [InlineData("how much do applied scientists get paid")]
    [InlineData("What's the projected job growth for data analysts?")]
    [InlineData("is the aws solutions architect associate cert worth it?")]
    [InlineData("does welocalize pay well for ml roles")]
    [InlineData("How many interview rounds does Meta have for machine learning engineers?")]
    [InlineData("is stanford cs229 free online or how much is it")]
    [InlineData("how do i book the aws machine learning specialty exam")]
    public async Task WhatTheGuideOnlyNamesIsDeclinedWhenAskedForDetailsItLacks(string text)
    {
        var reply = (await _bot.NewConversation().SendAsync(text, CancellationToken.None))[0];

        Assert.Equal("fallback", reply.Kind());
        Assert.Contains("doesn't cover", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which ML job titles are there? is applied scientist one?", "Applied Scientist")]
    [InlineData("can a data analyst move into ML engineering?", "data analyst")]
    [InlineData("does Google employ ML engineers", "Google")]
    [InlineData("free ml courses recommended", "CS229")]
    public async Task TheSameNamesInAGuideQuestionAreAnswered(string text, string fact)
    {
        var reply = (await _bot.NewConversation().SendAsync(text, CancellationToken.None))[0];

        Assert.Equal("answer", reply.Kind());
        Assert.True(reply.Contains(fact), reply.Text);
    }

    [Theory]
    [InlineData("translate this into spanish: I want to become a machine learning engineer")]
    [InlineData("pretend you're a hiring manager and interview me for an ML role")]
    [InlineData("write a linkedin post announcing my new ml engineer job")]
    public async Task WritingAndRolePlayRequestsAreDeclinedEvenInTheGuidesWords(string text)
    {
        var reply = (await _bot.NewConversation().SendAsync(text, CancellationToken.None))[0];

        Assert.Equal("fallback", reply.Kind());
    }

    [Fact]
    public async Task TellMeMoreWithNothingAskedYetIsNotAnError()
    {
        var reply = (await _bot.NewConversation().SendAsync("tell me more", CancellationToken.None))[0];

        Assert.Contains(reply.Kind(), new[] { "fallback", "answer" });
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
    }

    [Fact]
    public async Task AnswersStayShortAndNameTheirSources()
    {
        foreach (var entry in _bot.Guide.Guide.Knowledge.Entries)
        {
            var reply = (await _bot.NewConversation().SendAsync(entry.Question, CancellationToken.None))[0];
            if (reply.Kind() != "answer")
            {
                continue;
            }

            Assert.True(reply.Text!.Length <= 1000, $"'{entry.Question}' got {reply.Text.Length} characters");
            Assert.Contains("Sources:", reply.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryEntryAnswersItsOwnMainQuestion()
    {
        var wrong = new List<string>();
        foreach (var entry in _bot.Guide.Guide.Knowledge.Entries)
        {
            var reply = (await _bot.NewConversation().SendAsync(entry.Question, CancellationToken.None))[0];
            if (reply.EntryId() != entry.Id)
            {
                wrong.Add($"{entry.Question} → {reply.Kind()} {reply.EntryId()}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
