using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs;

/// <summary>The sources a dialog result cites, numbered in order of first use as the renderer numbers them.</summary>
public sealed class Citations(KnowledgeBase knowledge)
{
    private readonly List<Source> _sources = [];

    public IReadOnlyList<Source> Sources => _sources;

    /// <summary>The 1-based number of a source in this result, adding it on first use.</summary>
    public int Cite(string sourceId)
    {
        var source = knowledge.Sources[sourceId];
        var index = _sources.IndexOf(source);
        if (index < 0)
        {
            _sources.Add(source);
            index = _sources.Count - 1;
        }

        return index + 1;
    }

    /// <summary>A source's name without its parenthetical: "ML engineer jobs guide", "SkillExchange Team".</summary>
    public static string ShortName(Source source)
    {
        var cut = source.Publisher.IndexOf(" (", StringComparison.Ordinal);
        return cut > 0 ? source.Publisher[..cut] : source.Publisher;
    }
}
