namespace CareerBot.Knowledge.Content;

/// <summary>Everything under <c>dialogs/</c>: the shared commands and each dialog's script by id.</summary>
public sealed record DialogContent(DialogCommands Commands, IReadOnlyDictionary<string, DialogScript> Scripts)
{
    public static DialogContent Empty { get; } = new(new DialogCommands([], [], [], [], [], [], [], [], [], [], new Dictionary<string, string>()), new Dictionary<string, DialogScript>());
}
