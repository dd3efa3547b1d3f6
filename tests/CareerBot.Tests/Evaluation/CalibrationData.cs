using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerBot.Tests.Evaluation;

/// <summary>What the calibration tests share: their labelled YAML files, and waiting for the model they calibrate to load.</summary>
public static class CalibrationData
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static List<T> Read<T>(string file) =>
        Yaml.Deserialize<List<T>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", file)));

    /// <summary>Waits up to two minutes for the embedding model and the examples behind <paramref name="ready"/>, and fails if they do not load.</summary>
    public static async Task WaitForModelAsync(Func<bool> ready)
    {
        for (var waited = 0; !ready() && waited < 240; waited++)
        {
            await Task.Delay(500);
        }

        Assert.True(ready(), "the embedding model did not load within two minutes");
    }
}
