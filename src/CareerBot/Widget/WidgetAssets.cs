using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CareerBot.Widget;

/// <summary>
/// The widget's files, embedded in the assembly (<c>Widget/Assets</c>) so the bot serves them from wherever it
/// runs, with no build step and no content-root lookup: name → bytes, content type and ETag.
/// </summary>
public static class WidgetAssets
{
    private static readonly ConcurrentDictionary<string, WidgetAsset?> Cache = new(StringComparer.Ordinal);

    public static WidgetAsset? Find(string name) => Cache.GetOrAdd(name, Load);

    private static WidgetAsset? Load(string name)
    {
        using var stream = typeof(WidgetAssets).Assembly.GetManifestResourceStream("CareerBot.Widget.Assets." + name);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"";
        return new WidgetAsset(bytes, ContentType(name), etag);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}

/// <summary>One embedded file, ready to serve.</summary>
public sealed record WidgetAsset(byte[] Bytes, string ContentType, string ETag);
