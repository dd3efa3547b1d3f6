using CareerBot.Tests.Support;
using Microsoft.Bot.Schema;

namespace CareerBot.Tests.Dialogs;

/// <summary>
/// The "bot does" column of a conversation table: a check of the replies to one message, with a
/// description that says in words what was expected.
/// </summary>
public sealed record Then(string Expected, Action<IReadOnlyList<Activity>> Check)
{
    /// <summary>The bot asks one question: <paramref name="slot"/>.</summary>
    public static Then Asks(string slot) => new($"asks {slot}", r =>
    {
        Assert.Equal(slot, r[^1].Asks());
        Assert.Equal("prompt", r[^1].DialogStatus());
    });

    /// <summary>The reply was not understood: the same question again, with its hint.</summary>
    public static Then Reasks(string slot) => new($"re-asks {slot} with a hint", r =>
    {
        var reply = Assert.Single(r);
        Assert.Equal("retry", reply.DialogStatus());
        Assert.Equal(slot, reply.Asks());
    });

    /// <summary>A guide question mid-dialog: the guide's answer, then the waiting question again.</summary>
    public static Then AnswersThenReasks(string entryId, string slot) => new($"answers {entryId}, then asks {slot} again", r =>
    {
        Assert.Equal(2, r.Count);
        Assert.Equal("answer", r[0].Kind());
        Assert.Equal(entryId, r[0].EntryId());
        Assert.Equal(slot, r[1].Asks());
    });

    /// <summary>The dialog's result, showing every fact.</summary>
    public static Then Shows(string dialog, params string[] facts) => new($"shows the {dialog} result with {string.Join(", ", facts)}", r =>
    {
        var result = r.Last(a => a.DialogStatus() == "result");
        Assert.Equal(dialog, result.Dialog());
        foreach (var fact in facts)
        {
            Assert.Contains(ReplyFacts.Normalize(fact), result.Everything(), StringComparison.Ordinal);
        }
    });

    public static Then Status(string status) => new($"replies with status {status}", r => Assert.Equal(status, r[0].DialogStatus()));

    /// <summary>An ordinary guide answer: no dialog involved.</summary>
    public static Then Answers(string entryId) => new($"answers {entryId} from the guide", r =>
    {
        var reply = Assert.Single(r);
        Assert.Null(reply.DialogEntity());
        Assert.Equal("answer", reply.Kind());
        Assert.Equal(entryId, reply.EntryId());
    });

    /// <summary>The polite "my guide doesn't cover that": no dialog, no guide entry.</summary>
    public static Then Declines() => new("declines politely", r =>
    {
        var reply = Assert.Single(r);
        Assert.Null(reply.DialogEntity());
        Assert.Equal("fallback", reply.Kind());
    });

    /// <summary>The last reply offers a button with this title.</summary>
    public static Then OffersButton(string title) => new($"offers a '{title}' button", r => Assert.Contains(title, r[^1].Buttons()));

    /// <summary>Some reply says this, in any part.</summary>
    public static Then Says(string fact) => new($"says '{fact}'", r =>
        Assert.Contains(r, a => a.Everything().Contains(ReplyFacts.Normalize(fact), StringComparison.Ordinal)));

    public static Then Lacks(string fact) => new($"does not say '{fact}'", r =>
        Assert.All(r, a => Assert.DoesNotContain(ReplyFacts.Normalize(fact), a.Everything(), StringComparison.Ordinal)));

    public Then And(Then other) => new($"{Expected} and {other.Expected}", r =>
    {
        Check(r);
        other.Check(r);
    });

    public override string ToString() => Expected;
}
