using CareerBot.Recognizers.DateTime;

namespace CareerBot.Recognizers.Tests.DateTime;

public class DateTimeRecognizerTests
{
    private static readonly System.DateTime s_now = new(2026, 11, 16);

    [Theory]
    [InlineData("around 5 hrs a week", "5 hrs", "PT5H", "18000")]
    [InlineData("5 hours a week", "5 hours", "PT5H", "18000")]
    [InlineData("six months", "six months", "P6M", "15552000")]
    [InlineData("2 years", "2 years", "P2Y", "63072000")]
    public void ReadsDurations(string query, string text, string timex, string seconds)
    {
        var result = DateTimeRecognizer.RecognizeDateTime(query, Culture.English, s_now).First();
        Assert.Equal(text, result.Text);
        Assert.Equal("datetimeV2.duration", result.TypeName);
        var value = Assert.Single(Values(result));
        Assert.Equal(timex, value["timex"]);
        Assert.Equal(seconds, value["value"]);
    }

    [Theory]
    [InlineData("tomorrow", "datetimeV2.date", "2026-11-17")]
    [InlineData("2027-03-01", "datetimeV2.date", "2027-03-01")]
    [InlineData("in 3 months", "datetimeV2.date", "2027-02-16")]
    [InlineData("June 2027", "datetimeV2.daterange", "2027-06")]
    [InlineData("next month", "datetimeV2.daterange", "2026-12")]
    [InlineData("by next June", "datetimeV2.daterange", "2027-06")]
    public void ReadsDates(string query, string typeName, string timex)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, s_now));
        Assert.Equal(query.ToLowerInvariant(), result.Text);
        Assert.Equal(typeName, result.TypeName);
        Assert.Equal(timex, Values(result)[0]["timex"]);
    }

    [Fact]
    public void MarchFirstHasLastAndNextYearReadings()
    {
        var values = Values(Assert.Single(DateTimeRecognizer.RecognizeDateTime("March 1st", Culture.English, s_now)));
        Assert.Equal(["2026-03-01", "2027-03-01"], values.Select(v => v["value"]));
    }

    [Fact]
    public void ByMarksADeadline() =>
        Assert.Equal("before", Values(Assert.Single(DateTimeRecognizer.RecognizeDateTime("by next June", Culture.English, s_now)))[0]["Mod"]);

    private static List<Dictionary<string, string>> Values(ModelResult result) =>
        Assert.IsType<List<Dictionary<string, string>>>(result.Resolution["values"]);
}
