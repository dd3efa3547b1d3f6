using CareerBot.Hosting;
using CareerBot.Pipeline;

namespace CareerBot.Cli;

/// <summary>
/// The command-line verbs. Anything that is not a verb starts the web host, so ASP.NET's own
/// arguments (<c>--urls</c>) keep working.
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "knowledge" or "chat" or "ask" or "explain" or "report" or "delete-user";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Where(a => a != "--json").ToArray());
        builder.Logging.ClearProviders();
        var configuration = builder.Configuration;
        switch (args)
        {
            case ["knowledge", "check", ..]:
                return KnowledgeCheckCommand.Run(configuration, Console.Out, Console.Error);
            case ["knowledge", ..]:
                await Console.Error.WriteLineAsync("usage: knowledge check");
                return 2;
        }

        try
        {
            builder.Services.AddCareerBot(configuration);
        }
        catch (KnowledgeInvalidException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        using var host = builder.Build();
        var conversation = new TerminalConversation(host.Services.GetRequiredService<TurnPipeline>());
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return args switch
        {
            ["chat", ..] => await ChatCommand.RunAsync(conversation, Console.In, Console.Out, cancel.Token),
            ["ask", var question, ..] when !question.StartsWith("--", StringComparison.Ordinal) =>
                await AskCommand.RunAsync(conversation, question, args.Contains("--json"), Console.Out, cancel.Token),
            ["report", ..] => await ReportCommand.RunAsync(host.Services, Console.Out, cancel.Token),
            ["delete-user", var userId, ..] when !userId.StartsWith("--", StringComparison.Ordinal) =>
                await DeleteUserCommand.RunAsync(host.Services, userId, Console.Out, cancel.Token),
            ["explain", var question, ..] => ExplainCommand.Run(host.Services.GetRequiredService<CurrentGuide>(), question, After(args), Console.In, Console.Out),
            _ => await Usage(),
        };
    }

    /// <summary>The entry a question to explain follows (<c>--after entry-id</c>), to see how a follow-up is read.</summary>
    private static string? After(string[] args) =>
        Array.IndexOf(args, "--after") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    private static async Task<int> Usage()
    {
        await Console.Error.WriteLineAsync("usage: chat | ask \"question\" [--json] | explain \"question\" [--after entry-id] | knowledge check | report | delete-user <user id>");
        return 2;
    }
}
