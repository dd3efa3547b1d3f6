using CareerBot.Recognizers.NumberWithUnit;

namespace CareerBot.Recognizers.Tests.NumberWithUnit;

public class NumberWithUnitRecognizerTests
{
    [Theory]
    [InlineData("three hundred bucks", "three hundred bucks", "300", "Dollar", null)]
    [InlineData("$1.2k", "$1.2k", "1200", "Dollar", null)]
    [InlineData("500 dollars", "500 dollars", "500", "Dollar", null)]
    [InlineData("1,200 USD", "1,200 usd", "1200", "United States dollar", "USD")]
    [InlineData("about €300 a month", "€300", "300", "Euro", "EUR")]
    public void ReadsBudgets(string query, string text, string value, string unit, string? iso)
    {
        var result = Assert.Single(NumberWithUnitRecognizer.RecognizeCurrency(query, Culture.English));
        Assert.Equal(text, result.Text);
        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(unit, result.Resolution["unit"]);
        Assert.Equal(iso, result.Resolution.GetValueOrDefault("isoCurrency"));
    }

    [Theory]
    [InlineData("I'm 25 years old", "25 years old", "25", "Year")]
    [InlineData("she is eighteen months old", "eighteen months old", "18", "Month")]
    public void ReadsAges(string query, string text, string value, string unit)
    {
        var result = Assert.Single(NumberWithUnitRecognizer.RecognizeAge(query, Culture.English));
        Assert.Equal(text, result.Text);
        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(unit, result.Resolution["unit"]);
    }

    [Fact]
    public void ABareDurationIsNotAnAge() =>
        Assert.Empty(NumberWithUnitRecognizer.RecognizeAge("I studied for 25 years", Culture.English));

    [Theory]
    [InlineData("a 10 km run", "10 km", "Kilometer", "Length")]
    [InlineData("100 MB", "100 mb", "Megabyte", "Information")]
    public void ReadsDimensions(string query, string text, string unit, string subtype)
    {
        var result = Assert.Single(NumberWithUnitRecognizer.RecognizeDimension(query, Culture.English));
        Assert.Equal(text, result.Text);
        Assert.Equal(unit, result.Resolution["unit"]);
        Assert.Equal(subtype, result.Resolution["subtype"]);
    }
}
