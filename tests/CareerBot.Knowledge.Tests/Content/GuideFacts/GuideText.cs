using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>The one normalisation both the pages and the knowledge go through before they are compared.</summary>
internal static partial class GuideText
{
    /// <summary>Every dash reads as '-', curly quotes as straight ones, and runs of blanks within a line as one space.</summary>
    public static string Normalise(string text)
    {
        var dashes = Dashes().Replace(text, "-");
        var quotes = dashes.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        return Blanks().Replace(quotes, " ");
    }

    /// <summary>
    /// Removes what is not the page's own prose: web addresses (page 003's reference list) and the
    /// footnote markers after its sentences ("… $133,336/year 1.", "[14] –") and the numbers of numbered
    /// lists ("1. Leverage…"), which would otherwise read as counts.
    /// </summary>
    public static string WithoutReferences(string text)
    {
        var noUrls = Urls().Replace(text, " ");
        var noBrackets = BracketedFootnotes().Replace(noUrls, " ");
        var noListNumbers = ListNumbers().Replace(noBrackets, "");
        return TrailingFootnotes().Replace(noListNumbers, "");
    }

    [GeneratedRegex(@"[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Urls();

    [GeneratedRegex(@"^\s*\d{1,2}\.(?=\s)", RegexOptions.Multiline)]
    private static partial Regex ListNumbers();

    [GeneratedRegex(@"\[\d{1,2}\]")]
    private static partial Regex BracketedFootnotes();

    // One or more one- or two-digit numbers after a word or a closing bracket, right before punctuation or the line end.
    [GeneratedRegex(@"(?<=[A-Za-z0-9)%])(?: \d{1,2})+(?=[.,;:](?:\s|$)|\s*$)", RegexOptions.Multiline)]
    private static partial Regex TrailingFootnotes();
}
