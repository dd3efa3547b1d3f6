namespace CareerBot.Knowledge.Content;

/// <summary><c>dialogs/common.yaml</c>: the commands that work in every dialog and the lines around them.</summary>
public sealed record DialogCommands(
    IReadOnlyList<string> Cancel,
    IReadOnlyList<string> StartOver,
    IReadOnlyList<string> Help,
    IReadOnlyList<string> Change,
    IReadOnlyList<string> Yes,
    IReadOnlyList<string> No,
    IReadOnlyList<string> Skip,
    IReadOnlyList<string> GoBack,
    IReadOnlyList<string> NoPreference,
    IReadOnlyList<string> MoveOn,
    IReadOnlyDictionary<string, string> Texts)
{
    public static readonly IReadOnlyList<string> RequiredTexts =
        ["cancelled", "startedOver", "help", "retry", "resume", "changed", "noted", "gaveUp", "expired", "fallback", "assumed", "wentBack"];

    public string Text(string key, params (string Name, object Value)[] values) =>
        Placeholders.Fill(Texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"dialogs/common.yaml: texts: '{key}' is missing"), values);
}
