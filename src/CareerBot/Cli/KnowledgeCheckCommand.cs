using CareerBot.Hosting;
using CareerBot.Knowledge.Content;

namespace CareerBot.Cli;

/// <summary><c>knowledge check</c>: validates the knowledge folder and lists every problem; non-zero exit on any.</summary>
public static class KnowledgeCheckCommand
{
    public static int Run(IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        var folder = KnowledgeLocator.Locate(configuration["Knowledge:Path"]);
        var result = KnowledgeLoader.Load(folder);
        foreach (var problem in result.Problems)
        {
            errors.WriteLine(problem);
        }

        if (!result.Succeeded)
        {
            errors.WriteLine($"{result.Problems.Count} problem(s) in {folder}");
            return 1;
        }

        var knowledge = result.Knowledge!;
        output.WriteLine($"OK: {knowledge.Entries.Count} entries, {knowledge.Sources.Count} sources, {knowledge.Certifications.Certifications.Count} certifications in {folder}");
        return 0;
    }
}
