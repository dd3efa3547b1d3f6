using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;

namespace CareerBot.Knowledge.Tests.Analysis;

/// <summary>Each step of the analysis chain as input → tokens tables.</summary>
public sealed class AnalysisChainTests
{
    [Theory]
    [InlineData("What's an ML engineer's salary?", "what an ml engineer salary")]
    [InlineData("AWS/GCP & Azure -- 2024–2034", "aws gcp azure 2024 2034")]
    [InlineData("<script>alert(1)</script>", "script alert 1 script")]
    [InlineData("' OR 1=1 --", "or 1 1")]
    [InlineData("Ünïcode Café", "ünïcode café")]
    public void TokenizerLowerCasesAndSplitsOnEverythingButLettersAndDigits(string input, string expected) =>
        Assert.Equal(expected, string.Join(' ', Tokenizer.Tokenize(input)));

    [Theory]
    [InlineData("certifications", "certif")]
    [InlineData("Certification", "certif")]
    [InlineData("salaries", "salari")]
    [InlineData("salary", "salari")]
    [InlineData("engineering", "engin")]
    [InlineData("engineer's", "engin")]
    [InlineData("running", "run")]
    [InlineData("ml", "ml")]
    [InlineData("the", "")]
    [InlineData("don't", "")]
    public void TheGuideChainLowerCasesDropsStopWordsAndStems(string word, string terms) =>
        Assert.Equal(terms, string.Join(' ', new TextAnalyzer(GuideSynonyms.Empty, ["the", "dont"]).Terms(word)));

    [Theory]
    [InlineData("how much do machine learning engineers earn", "ml engin pai")]
    [InlineData("salary of an mle", "pai ml engin")]
    [InlineData("cert path", "certif path")]
    public void SynonymFilterRewritesEveryMemberOfAGroupToItsFirstMember(string input, string expected)
    {
        var synonyms = GuideSynonyms.Parse(
            ["ml engineer, machine learning engineers, mle", "machine learning, ml", "pay, salary, earn", "cert => certification"], "synonyms.txt", []);
        var terms = new TextAnalyzer(synonyms, ["how", "much", "do", "of", "an"]).Terms(input);
        Assert.Equal(expected, string.Join(' ', terms));
    }

    [Theory]
    [InlineData("single", "synonyms.txt:1: synonyms: write at least two words separated by commas, or 'words => replacement'")]
    [InlineData("a => b => c", "synonyms.txt:1: synonyms: a line may contain '=>' only once")]
    [InlineData("a => b, c", "synonyms.txt:1: synonyms: the right side of '=>' must be one word or phrase")]
    public void ABrokenSynonymLineIsReportedWithItsLine(string line, string problem)
    {
        var problems = new List<KnowledgeProblem>();
        GuideSynonyms.Parse([line], "synonyms.txt", problems);
        Assert.Equal(problem, Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData("salery", "salary")]
    [InlineData("machien", "machine")]
    [InlineData("certifcation", "certification")]
    [InlineData("enginer", "engineer")]
    [InlineData("salary", null)]
    [InlineData("cash", null)]
    [InlineData("pull", null)]
    [InlineData("zebra", null)]
    public void TypoCorrectorFindsTheClosestIndexWordButLeavesShortAndKnownWordsAlone(string word, string? expected)
    {
        var vocabulary = new Dictionary<string, int> { ["salary"] = 5, ["machine"] = 9, ["certification"] = 4, ["engineer"] = 9, ["case"] = 2, ["full"] = 1 };
        Assert.Equal(expected, new TypoCorrector(vocabulary).Correct(word));
    }

    [Theory]
    [InlineData("enginer", "engineer")]
    [InlineData("waht", "what")]
    [InlineData("lerning", "learning")]
    [InlineData("planning", null)]
    [InlineData("cash", null)]
    [InlineData("plain", null)]
    [InlineData("smarter", null)]
    [InlineData("salery", "salary")]
    public void TypoCorrectionKeepsRealWordsAndOtherFormsOfKnownWordsButMendsTypos(string word, string? expected)
    {
        // "enginer" stems like "engineer" (and "engine"); "planning" stems like "plan" but is a real word; "plain" and
        // "smarter" are English words the guide does not use, one edit from "plan" and "starter".
        var vocabulary = new Dictionary<string, int> { ["engineer"] = 9, ["engine"] = 1, ["what"] = 20, ["learning"] = 9, ["plan"] = 3, ["case"] = 2, ["starter"] = 1, ["salary"] = 5 };
        var corrector = new TypoCorrector(vocabulary, new TextAnalyzer(GuideSynonyms.Empty, ["what"]).Terms, ModelVocabulary.EnglishWords);
        Assert.Equal(expected, corrector.Correct(word));
    }
}
