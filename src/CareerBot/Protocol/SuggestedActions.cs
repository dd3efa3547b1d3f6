namespace CareerBot.Protocol;

/// <summary>Buttons offered under the latest bot message.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A button; <c>imBack</c> sends its value back as the user's own message.</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public string? Value { get; set; }
}
