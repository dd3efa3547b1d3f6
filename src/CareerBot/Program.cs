using CareerBot.BotFramework;
using CareerBot.Cli;
using CareerBot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.Services.AddCareerBot(builder.Configuration);
}
catch (KnowledgeInvalidException e)
{
    // Refuse to start rather than serve a half-loaded guide.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

builder.Services.AddBotFramework(builder.Configuration);

var app = builder.Build();
app.MapHealth();
app.MapBotFramework();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, named so tests can refer to the assembly.</summary>
public partial class Program;
