using CareerBot.Tests.Support;

namespace CareerBot.Tests.Routes;

/// <summary>A message that asks two things gets both answers; one that only sounds like two questions gets one.</summary>
public sealed class MultiPartQuestionTests : IClassFixture<InProcessBotFixture>
{
    private readonly InProcessBot _bot = InProcessBotFixture.Bot;

    [Fact]
    public async Task TwoQuestionsInOneMessageGetBothAnswersAndTheirSources()
    {
        var reply = (await _bot.NewConversation().SendAsync(
            "how much do beginners earn in this job, and which cert would you take first?", CancellationToken.None))[0];

        Assert.Equal("answer", reply.Kind());
        Assert.Contains("$80,000", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Google Professional Machine Learning Engineer", reply.Text, StringComparison.Ordinal);
        Assert.Contains("SkillExchange", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Certification-path guide", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TellMeMoreAfterTwoAnswersOpensTheLastOne()
    {
        var chat = _bot.NewConversation();
        var answer = (await chat.SendAsync("is working from home normal for ML engineers? which industries hire them most?", CancellationToken.None))[0];
        var more = (await chat.SendAsync("Tell me more", CancellationToken.None))[0];

        Assert.Contains("remote", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("healthcare", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(answer.EntryId(), more.EntryId());
        Assert.NotEqual(answer.Text, more.Text);
    }

    [Theory]
    [InlineData("what is dropout and why does it help a neural network")]
    [InlineData("what's the weather like today, and how do I bake bread?")]
    public async Task AMessageDeclinedAsAWholeIsNotAnsweredInPieces(string text)
    {
        var reply = (await _bot.NewConversation().SendAsync(text, CancellationToken.None))[0];

        Assert.Equal("fallback", reply.Kind());
    }

    [Fact]
    public async Task ATopicFollowedByAQuestionAboutItIsOneQuestion()
    {
        var reply = (await _bot.NewConversation().SendAsync("the aws machine learning specialty, is it worth getting?", CancellationToken.None))[0];

        Assert.Equal("answer", reply.Kind());
        Assert.Contains("AWS", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", reply.Text.Split("Sources:")[0].Trim(), StringComparison.Ordinal);
    }
}
