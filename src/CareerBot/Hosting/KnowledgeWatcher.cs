using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace CareerBot.Hosting;

/// <summary>
/// Hot reload: watches the knowledge folder and, once edits have settled, loads and checks it off to the side.
/// A good guide is swapped in for the next turn; a broken one is logged problem by problem (<c>file:line</c>)
/// and the guide in service keeps answering.
/// </summary>
public sealed partial class KnowledgeWatcher(KnowledgeFolderLocation folder, CurrentGuide guide, GuideBuilder builder, IOptions<KnowledgeReloadOptions> options, ILogger<KnowledgeWatcher> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);

    /// <summary>How many edits were swapped in, and the problems of the last edit that was refused (empty once one loads).</summary>
    public int Reloads { get; private set; }

    public IReadOnlyList<KnowledgeProblem> LastProblems { get; private set; } = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            return;
        }

        using var watcher = new FileSystemWatcher(folder.Path) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Changed += (_, _) => Signal();
        watcher.Created += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _changed.WaitAsync(stoppingToken);
                // Debounce: wait until the folder has been quiet for the whole delay.
                while (await _changed.WaitAsync(options.Value.ReloadDelay, stoppingToken))
                {
                }

                Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Loads the folder now; true when the new guide is in service.</summary>
    public bool Reload()
    {
        KnowledgeLoadResult result;
        try
        {
            result = KnowledgeLoader.Load(folder.Path);
        }
        catch (IOException e)
        {
            // A file mid-save; the save's own change event brings another attempt.
            LogUnreadable(logger, e);
            return false;
        }

        if (!result.Succeeded)
        {
            LastProblems = result.Problems;
            LogRefused(logger, result.Problems.Count);
            foreach (var problem in result.Problems)
            {
                LogProblem(logger, problem.ToString());
            }

            return false;
        }

        guide.Swap(builder.Build(result.Knowledge!));
        LastProblems = [];
        Reloads++;
        LogReloaded(logger, result.Knowledge!.Entries.Count);
        return true;
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    private void Signal()
    {
        try
        {
            _changed.Release();
        }
        catch (ObjectDisposedException)
        {
            // An event raised while the host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge reloaded: {Entries} entries now in service")]
    private static partial void LogReloaded(ILogger logger, int entries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge edit refused with {Count} problem(s); the previous guide keeps serving")]
    private static partial void LogRefused(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge folder could not be read; waiting for the next change")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
