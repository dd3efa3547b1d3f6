namespace CareerBot.Tests.Support;

/// <summary>One bot for all tests of a class: loading the guide once keeps the suite quick.</summary>
public sealed class InProcessBotFixture
{
    private static readonly Lazy<InProcessBot> Shared = new(() => new InProcessBot());

    public static InProcessBot Bot => Shared.Value;
}
