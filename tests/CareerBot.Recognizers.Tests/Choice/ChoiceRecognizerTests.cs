using CareerBot.Recognizers.Choice;

namespace CareerBot.Recognizers.Tests.Choice;

public class ChoiceRecognizerTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("yep", true)]
    [InlineData("Sure!", true)]
    [InlineData("ok", true)]
    [InlineData("👍", true)]
    [InlineData("nah", false)]
    [InlineData("nope", false)]
    [InlineData("no thanks", false)]
    [InlineData("it's not ok", false)]
    public void ReadsYesAndNo(string query, bool value) =>
        Assert.Equal(value, Assert.Single(ChoiceRecognizer.RecognizeBoolean(query, Culture.English)).Resolution["value"]);

    [Fact]
    public void ALoneAnswerScoresOne() =>
        Assert.Equal(1.0, Assert.Single(ChoiceRecognizer.RecognizeBoolean("yep", Culture.English)).Resolution["score"]);

    [Fact]
    public void NoThanksIsOneAnswer() =>
        Assert.Equal("no thanks", Assert.Single(ChoiceRecognizer.RecognizeBoolean("no thanks", Culture.English)).Text);

    [Fact]
    public void UnrelatedTextGivesNothing() =>
        Assert.Empty(ChoiceRecognizer.RecognizeBoolean("tell me about cloud certifications", Culture.English));
}
