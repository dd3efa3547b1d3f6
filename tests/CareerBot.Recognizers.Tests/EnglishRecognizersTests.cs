namespace CareerBot.Recognizers.Tests;

/// <summary>The readings CareerBot's dialogs rely on, as the issue that brought in Microsoft's recognizers lists them.</summary>
public class EnglishRecognizersTests
{
    private static readonly System.DateTime s_now = new(2026, 11, 16);

    [Theory]
    [InlineData("twenty five hundred", "2500")]
    [InlineData("about 1,234.56 of them", "1234.56")]
    [InlineData("1.5k", "1500")]
    [InlineData("a dozen", "12")]
    public void ReadsNumbersAsPeopleWriteThem(string reply, string value) =>
        Assert.Equal(value, Assert.Single(EnglishRecognizers.Numbers(reply)).Resolution[ResolutionKey.Value]);

    [Theory]
    [InlineData("$1,200", "1200")]
    [InlineData("1.5k dollars", "1500")]
    [InlineData("about $500", "500")]
    public void ReadsDollarAmounts(string reply, string value)
    {
        var result = Assert.Single(EnglishRecognizers.Currencies(reply));
        Assert.Equal(value, result.Resolution[ResolutionKey.Value]);
        Assert.Equal("Dollar", result.Resolution[ResolutionKey.Unit]);
    }

    [Fact]
    public void ByNextJuneIsADateRangeEndingInJune()
    {
        var result = Assert.Single(EnglishRecognizers.DateTimes("by next June", s_now));
        Assert.Equal("datetimeV2.daterange", result.TypeName);
        var value = Assert.Single(Assert.IsType<List<Dictionary<string, string>>>(result.Resolution[ResolutionKey.Values]));
        Assert.Equal("2027-06", value["timex"]);
    }

    [Fact]
    public void FiveHoursIsADurationInSeconds()
    {
        var result = EnglishRecognizers.DateTimes("around 5 hrs a week", s_now).First(r => r.TypeName == "datetimeV2.duration");
        var value = Assert.Single(Assert.IsType<List<Dictionary<string, string>>>(result.Resolution[ResolutionKey.Values]));
        Assert.Equal("18000", value["value"]);
    }

    [Theory]
    [InlineData("yep", true)]
    [InlineData("Yeah that sounds good", true)]
    [InlineData("nope", false)]
    [InlineData("it's not ok", false)]
    public void ReadsYesAndNo(string reply, bool value) =>
        Assert.Equal(value, Assert.Single(EnglishRecognizers.YesNo(reply)).Resolution[ResolutionKey.Value]);

    [Theory]
    [InlineData("")]
    [InlineData("which one do you prefer?")]
    public void TextWithoutANumberGivesNone(string reply) => Assert.Empty(EnglishRecognizers.Numbers(reply));

    [Fact]
    public void APastedPageIsReadOnlyAsFarAsARepliesLengthAndQuickly()
    {
        var page = "I have $500 " + string.Concat(Enumerable.Repeat("plan my certs salary by level cancel ", 5000));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var found = EnglishRecognizers.Currencies(page);
        EnglishRecognizers.DateTimes(page, s_now);
        Assert.Equal("500", Assert.Single(found).Resolution[ResolutionKey.Value]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
