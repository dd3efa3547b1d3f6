namespace CareerBot.Knowledge.Content;

/// <summary>
/// A subject the guide does not cover, from <c>scope.yaml</c>: a message with one of its phrases, and one of its
/// <see cref="With"/> phrases when it lists any, and none of its <see cref="Unless"/> phrases.
/// </summary>
/// <param name="Topic">How the reply names the subject.</param>
/// <param name="Phrases">Words that name the subject.</param>
/// <param name="Unless">Words that bring the message back into the guide's scope.</param>
/// <param name="With">
/// Words the message must also have, when the subject is a question about a thing rather than the thing itself: the guide
/// names a deep learning engineer among ML titles, but has no pay for one ("deep learning engineer salary").
/// </param>
public sealed record ScopeTopic(string Topic, IReadOnlyList<string> Phrases, IReadOnlyList<string> Unless, IReadOnlyList<string>? With = null);
