using CareerBot.Recognizers.Number;

namespace CareerBot.Recognizers.Tests.Number;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("twenty five", "twenty five", "25", "integer")]
    [InlineData("about 1,234.56 of them", "1,234.56", "1234.56", "decimal")]
    [InlineData("1.5k", "1.5k", "1500", "integer")]
    [InlineData("a dozen", "a dozen", "12", "integer")]
    [InlineData("three quarters", "three quarters", "0.75", "fraction")]
    [InlineData("minus 7", "minus 7", "-7", "integer")]
    [InlineData("-3.5", "-3.5", "-3.5", "decimal")]
    public void ReadsTheNumberCareerBotUsersType(string query, string text, string value, string subtype)
    {
        var result = Assert.Single(NumberRecognizer.RecognizeNumber(query, Culture.English));
        Assert.Equal(text, result.Text);
        Assert.Equal("number", result.TypeName);
        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(subtype, result.Resolution["subtype"]);
        Assert.Equal(result.Start + result.Text.Length - 1, result.End);
    }

    [Theory]
    [InlineData("the second one", "second", "2")]
    [InlineData("2nd", "2nd", "2")]
    [InlineData("twenty-first", "twenty-first", "21")]
    [InlineData("21st", "21st", "21")]
    public void ReadsOrdinals(string query, string text, string value)
    {
        var result = Assert.Single(NumberRecognizer.RecognizeOrdinal(query, Culture.English));
        Assert.Equal(text, result.Text);
        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal("start", result.Resolution["relativeTo"]);
    }

    [Theory]
    [InlineData("10 percent", "10%")]
    [InlineData("20%", "20%")]
    [InlineData("twenty per cent", "20%")]
    public void ReadsPercentages(string query, string value) =>
        Assert.Equal(value, Assert.Single(NumberRecognizer.RecognizePercentage(query, Culture.English)).Resolution["value"]);

    [Theory]
    [InlineData("between 5 and 10", "[5,10)")]
    [InlineData("more than 30", "(30,)")]
    [InlineData("at most 100", "(,100]")]
    public void ReadsRanges(string query, string value) =>
        Assert.Equal(value, Assert.Single(NumberRecognizer.RecognizeNumberRange(query, Culture.English)).Resolution["value"]);

    [Fact]
    public void WhichOneIsAPronounNotANumber() =>
        Assert.Empty(NumberRecognizer.RecognizeNumber("which one do you prefer?", Culture.English));

    [Fact]
    public void OtherCulturesGiveNothing() =>
        Assert.Empty(NumberRecognizer.RecognizeNumber("twenty five", "fr-fr"));
}
