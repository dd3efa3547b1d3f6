using CareerBot.Cli;
using CareerBot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

try
{
    await CareerBotApp.Build(args).RunAsync();
    return 0;
}
catch (KnowledgeInvalidException e)
{
    // Refuse to start rather than serve a half-loaded guide.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
