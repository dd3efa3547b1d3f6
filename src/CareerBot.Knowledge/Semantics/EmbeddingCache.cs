using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// Vectors of the guide's phrasings kept on disk, so a restart or a reload embeds only text it has
/// not seen. One file per model; each vector is keyed by a SHA-256 of its text, so an edited
/// phrasing is embedded again and an unchanged one never is.
/// </summary>
public sealed class EmbeddingCache(string directory)
{
    private const int Magic = 0x43425645; // "CBVE"

    /// <summary>The vectors of these texts: from the file where present, the rest embedded now and saved.</summary>
    public IReadOnlyList<float[]> Load(ITextEmbedder embedder, IReadOnlyList<string> texts)
    {
        var path = Path.Combine(directory, "vectors-" + Hash(embedder.ModelId)[..16] + ".bin");
        // The guide's phrasings, its small talk and its dialog examples load at the same time: one at a time
        // per file, each reading what the one before wrote, or the last to write would drop the others' vectors.
        lock (Gates.GetOrAdd(Path.GetFullPath(path), _ => new object()))
        {
            return LoadLocked(path, embedder, texts);
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> Gates = new(StringComparer.Ordinal);

    private static List<float[]> LoadLocked(string path, ITextEmbedder embedder, IReadOnlyList<string> texts)
    {
        var known = Read(path);
        var missing = texts.Where(t => !known.ContainsKey(Hash(t))).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = embedder.Embed(missing);
            for (var i = 0; i < missing.Count; i++)
            {
                known[Hash(missing[i])] = vectors[i];
            }

            Write(path, known);
        }

        return texts.Select(t => known[Hash(t)]).ToList();
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static Dictionary<string, float[]> Read(string path)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadInt32() != Magic)
            {
                return vectors;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[reader.ReadInt32()];
                for (var j = 0; j < vector.Length; j++)
                {
                    vector[j] = reader.ReadSingle();
                }

                vectors[key] = vector;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            // No file yet, or a damaged one: what was read is kept and the rest is embedded again.
        }

        return vectors;
    }

    private static void Write(string path, Dictionary<string, float[]> vectors)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written aside and moved into place, so another process never reads half a file.
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(Magic);
                writer.Write(vectors.Count);
                foreach (var (key, vector) in vectors)
                {
                    writer.Write(key);
                    writer.Write(vector.Length);
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next start some time, nothing else.
        }
    }
}
