using System.Globalization;
using CareerBot.Hosting;
using CareerBot.Knowledge.Search;

namespace CareerBot.Cli;

/// <summary>
/// <c>explain "question"</c>: how search read a question and ranked the entries — for content
/// editors asking "why did it answer that?" and deciding which alternate question to add.
/// </summary>
public static class ExplainCommand
{
    /// <summary>With "-" as the question, explains each line of standard input as one tab-separated row.</summary>
    /// <param name="guide">The guide in service.</param>
    /// <param name="question">The question, or "-" for one per line of <paramref name="input"/>.</param>
    /// <param name="after">The entry answered just before, to read the question as a follow-up to it; null for none.</param>
    /// <param name="input">Questions, one per line, when <paramref name="question"/> is "-".</param>
    /// <param name="output">Where the explanation goes.</param>
    public static int Run(CurrentGuide guide, string question, string? after, TextReader input, TextWriter output)
    {
        if (question != "-")
        {
            return Explain(guide, question, after, output);
        }

        output.WriteLine("question\tconfidence\tbest\tscore\tcoverage\tsimilarity\tmeaning\tsecond\tsecondScore");
        while (input.ReadLine() is { } line)
        {
            var result = guide.Guide.Search(line, after);
            var best = result.Best;
            var second = result.Ranked.Count > 1 ? result.Ranked[1] : null;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{line}\t{result.Confidence:F3}\t{best?.Entry.Id ?? result.NotCovered?.Topic}\t{best?.Score:F3}\t{best?.Coverage:F2}\t{best?.Similarity:F2}\t{best?.Meaning:F2}\t{second?.Entry.Id}\t{second?.Score:F3}"));
        }

        return 0;
    }

    private static int Explain(CurrentGuide guide, string question, string? after, TextWriter output)
    {
        var result = guide.Guide.Search(question, after);
        var query = result.Query;
        output.WriteLine($"tokens:  {string.Join(' ', query.Tokens)}");
        output.WriteLine($"clauses: {string.Join(" + ", query.Clauses.Select(c => $"({string.Join(' ', c.Words)}{(c.Known ? "" : " ?")}{(c.Corrected ? " ~" : "")})"))}");
        output.WriteLine($"cues:    {string.Join(", ", query.AnswerTypes)}");
        if (result.NotCovered is { } topic)
        {
            output.WriteLine($"not covered: {topic.Topic}");
        }

        output.WriteLine(result.UsedMeaning
            ? string.Create(CultureInfo.InvariantCulture, $"lexical confidence {result.LexicalConfidence:F3} (unsure): meaning consulted, scores fused")
            : "lexical search was sure: meaning not consulted");
        if (result.UsedMeaning)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"nearest message to decline {result.DeclineSimilarity:F2}; words the guide never uses {100 * KnowledgeSearch.UnknownShare(query):F0}%"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confidence: {result.Confidence:F3}{(result.UsedContext ? " (read with the previous answer)" : "")}"));
        foreach (var ranked in result.Ranked.Take(6))
        {
            var meaning = result.UsedMeaning
                ? string.Create(CultureInfo.InvariantCulture, $"  meaning {ranked.Meaning:F2}  lexical share {ranked.LexicalShare:F2}")
                : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {ranked.Score,8:F3}  coverage {ranked.Coverage:F2}  similarity {ranked.Similarity:F2}{meaning}  {ranked.Entry.Id}"));
        }

        return 0;
    }
}
