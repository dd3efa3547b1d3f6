using System.Globalization;
using System.Text;

namespace CareerBot.Recognizers.Tests.Conformance;

/// <summary>
/// Scores a recognizer against one spec file with the README's pass rule: a supported case passes
/// when our results and the expected ones are the same multiset of <see cref="ResultKey"/>s.
/// </summary>
internal sealed class SpecScore
{
    private readonly List<string> _failures = [];

    public int Passed { get; private set; }

    public int Scored { get; private set; }

    public int Skipped { get; private set; }

    public double Rate => Scored == 0 ? 0 : (double)Passed / Scored;

    public static SpecScore Run(IEnumerable<SpecCase> cases, Func<SpecCase, IReadOnlyList<ModelResult>> recognize)
    {
        var score = new SpecScore();
        foreach (var spec in cases)
        {
            if (!spec.IsSupportedDotNet)
            {
                score.Skipped++;
                continue;
            }

            score.Scored++;
            var expected = spec.Results.Select(ResultKey.FromExpected).ToList();
            List<ResultKey> actual;
            try
            {
                actual = recognize(spec).Select(ResultKey.FromActual).ToList();
            }
#pragma warning disable CA1031 // A crash is reported as that case's failure, not as the whole file's.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                score._failures.Add($"#{spec.Index} {spec.Input}\n    threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            if (SameResults(expected, actual)) score.Passed++;
            else score._failures.Add(Describe(spec, expected, actual));
        }

        return score;
    }

    public string Report(string name, int failuresToShow = 20)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{name}: {Passed}/{Scored} passed ({Rate:P1}), {Skipped} skipped as not supported for .NET");
        foreach (var failure in _failures.Take(failuresToShow)) report.AppendLine(failure);
        if (_failures.Count > failuresToShow)
            report.AppendLine(CultureInfo.InvariantCulture, $"... and {_failures.Count - failuresToShow} more failures");
        return report.ToString();
    }

    private static bool SameResults(List<ResultKey> expected, List<ResultKey> actual)
    {
        if (expected.Count != actual.Count) return false;
        var unused = new List<ResultKey>(actual);
        foreach (var key in expected)
        {
            var match = unused.FindIndex(key.Matches);
            if (match < 0) return false;
            unused.RemoveAt(match);
        }

        return true;
    }

    private static string Describe(SpecCase spec, List<ResultKey> expected, List<ResultKey> actual) =>
        $"#{spec.Index} {spec.Input}\n    expected: {string.Join(" | ", expected)}\n    actual:   {string.Join(" | ", actual)}";
}
