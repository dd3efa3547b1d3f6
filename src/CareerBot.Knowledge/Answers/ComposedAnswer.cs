using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Answers;

/// <summary>
/// A reply in channel-neutral form: Markdown text, the sources it rests on and the follow-up
/// questions to offer. The host renders it for Teams, Web Chat or a terminal. <see cref="CloseCall"/>: an answer
/// chosen between close candidates, the others offered first among the buttons (logged for editors).
/// </summary>
public sealed record ComposedAnswer(
    AnswerKind Kind,
    string? EntryId,
    double Score,
    string Text,
    IReadOnlyList<Source> Citations,
    IReadOnlyList<SuggestedQuestion> Suggestions,
    bool HasDetails = false,
    bool CloseCall = false);

/// <summary>A button: the label shown and the text sent back when it is pressed.</summary>
public sealed record SuggestedQuestion(string Title, string Value);
