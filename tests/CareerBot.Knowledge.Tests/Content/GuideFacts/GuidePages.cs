namespace CareerBot.Knowledge.Tests.Content.GuideFacts;

/// <summary>The five guide pages, normalised and without their reference lists, with every figure and name on them.</summary>
internal sealed class GuidePages
{
    private readonly NameExtractor _names;

    private GuidePages(IReadOnlyDictionary<string, string> texts, IEnumerable<string> ordinaryWords)
    {
        Texts = texts;
        _names = new NameExtractor(texts.Values, ordinaryWords);
        Facts = texts
            .SelectMany(page => FigureExtractor.Extract(page.Value).Concat(_names.Extract(page.Value))
                .Select(fact => (Page: page.Key, Fact: fact)))
            .ToList();
    }

    /// <summary>Page text by file name.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    public IReadOnlyList<(string Page, GuideFact Fact)> Facts { get; }

    /// <summary>
    /// The keys an excluded fact, written as the page shows it, stands for: its figures, or else the names
    /// found in it by the same rules as on the pages ("Why Certifications Matter" → "Certifications Matter").
    /// </summary>
    public IReadOnlyList<string> KeysOf(string fact)
    {
        var text = GuideText.Normalise(fact);
        var figures = FigureExtractor.Extract(text).Select(f => f.Key).ToList();
        return figures.Count > 0 ? figures : _names.ExtractFromFragment(text).Select(f => f.Key).ToList();
    }

    public static GuidePages Load(string guideFolder, IEnumerable<string> ordinaryWords)
    {
        var texts = Directory.GetFiles(guideFolder, "*.txt")
            .Order(StringComparer.Ordinal)
            .ToDictionary(file => Path.GetFileName(file), file => GuideText.WithoutReferences(GuideText.Normalise(File.ReadAllText(file))), StringComparer.Ordinal);
        return new GuidePages(texts, ordinaryWords);
    }
}
