using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using CareerBot.Rendering;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Teams;

/// <summary>One reply model, rendered for each surface.</summary>
public sealed class ReplyRenderingTests
{
    private static readonly ComposedAnswer Sourced = new(
        AnswerKind.Answer, "salary-overview", 0.9,
        "## Pay\n**Median:** $133,080 a year.\n\n| level | pay |\n|---|---|\n| junior | $100k |",
        [new Source("bls", "U.S. Bureau of Labor Statistics", "Occupational Outlook Handbook", "May 2024", null, null)],
        [new SuggestedQuestion("Tell me more", "Tell me more"), new SuggestedQuestion("Q2", "Q2"), new SuggestedQuestion("Q3", "Q3"), new SuggestedQuestion("Q4", "Q4")]);

    private readonly ReplyRenderer _renderer = new("Sources");

    [Fact]
    public void WebChatGetsMarkdownSuggestedActionsAndTheCard()
    {
        var reply = Assert.Single(_renderer.Render(Sourced, ReplySurface.WebChat));

        Assert.Equal("markdown", reply.TextFormat);
        Assert.Contains("**Median:**", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(4, reply.SuggestedActions!.Actions.Count);
        var card = Assert.Single(reply.Attachments!);
        Assert.Contains("U.S. Bureau of Labor Statistics", card.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(card.Card()["actions"]!.Children(), a => (string?)a!["type"] == "Action.Execute");
        Assert.Equal("answer", reply.Kind());
    }

    [Fact]
    public void DirectLineAndTheOneArgumentRenderGetTheWebChatForm()
    {
        var direct = Assert.Single(_renderer.Render(Sourced, ReplySurfaces.Of(new Microsoft.Bot.Schema.Activity { ChannelId = "directline" })));
        var plain = _renderer.Render(Sourced);

        Assert.Equal(direct.Text, plain.Text);
        Assert.Equal("markdown", plain.TextFormat);
        Assert.NotNull(plain.Attachments);
    }

    [Fact]
    public void TheEmulatorAndTerminalGetPlainText()
    {
        var reply = Assert.Single(_renderer.Render(Sourced, ReplySurface.PlainText));

        Assert.Equal("plain", reply.TextFormat);
        Assert.DoesNotContain("**", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("##", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Median: $133,080", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Sources: [1] U.S. Bureau of Labor Statistics (May 2024)", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
        Assert.Equal(4, reply.SuggestedActions!.Actions.Count);
    }

    [Fact]
    public void TeamsGetsACardWithoutHeadingsOrTablesAndAtMostThreeFollowUps()
    {
        var reply = Assert.Single(_renderer.Render(Sourced, ReplySurface.TeamsPersonal));
        var card = Assert.Single(reply.Attachments!).Card();
        var text = (string)card["body"]![0]!["text"]!;

        Assert.Null(reply.Text);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.DoesNotContain("##", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
        Assert.Contains("**Pay**", text, StringComparison.Ordinal);
        Assert.Equal(3, card["actions"]!.Count(a => (string?)a!["type"] == "Action.Submit"));
        Assert.Equal(2, card["actions"]!.Count(a => (string?)a!["type"] == "Action.Execute"));
        Assert.Contains("$133,080", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongTeamsAnswerIsSplitIntoMessagesTeamsAccepts()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Machine learning engineers build and run models in production. ", 40));
        var longText = string.Join("\n\n", Enumerable.Repeat(paragraph, 30));
        var answer = Sourced with { Text = longText };

        var replies = _renderer.Render(answer, ReplySurface.TeamsPersonal);

        Assert.True(replies.Count > 1);
        Assert.All(replies, r => Assert.True(System.Text.Encoding.Unicode.GetByteCount(Protocol.BotJson.Serialize(r)) < 40_000));
        Assert.All(replies, r => Assert.Equal("answer", r.Kind()));
        Assert.Single(replies, r => r.Attachments is not null);
        var shown = string.Concat(replies.Select(r => r.Text ?? (string)r.Attachments![0].Card()["body"]![0]!["text"]!));
        Assert.Equal(longText.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), shown.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("short", 100, new[] { "short" })]
    [InlineData("one two three four five six", 16, new[] { "one two three", "four five six" })]
    [InlineData("First para.\n\nSecond para here.", 20, new[] { "First para.", "Second para here." })]
    [InlineData("Sentence one. Sentence two.", 18, new[] { "Sentence one.", "Sentence two." })]
    public void TheSplitterCutsAtTheGentlestBreak(string text, int limit, string[] parts)
    {
        Assert.Equal(parts, MessageSplitter.Split(text, limit));
    }

    [Fact]
    public void EveryMessageOfEveryFormCarriesTheAnswerEntityAndAnswersCarryCitations()
    {
        foreach (var surface in Enum.GetValues<ReplySurface>())
        {
            foreach (var reply in _renderer.Render(Sourced, surface))
            {
                Assert.False(string.IsNullOrEmpty((string?)reply.AnswerEntity()["answerId"]), surface.ToString());
                Assert.Contains(reply.Entities!, e => e.Type == "https://schema.org/Message");
            }
        }
    }
}
