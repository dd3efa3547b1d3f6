using CareerBot.Storage;

namespace CareerBot.Cli;

/// <summary>
/// <c>delete-user &lt;user id&gt;</c>: deletes everything stored for one person — their personal conversations'
/// state, their ratings and the questions they asked — for a data subject's erasure request.
/// </summary>
public static class DeleteUserCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string userId, TextWriter output, CancellationToken cancellationToken)
    {
        var deleted = await services.GetRequiredService<IRecordStore>().DeleteUserAsync(userId, cancellationToken);
        output.WriteLine($"Deleted {deleted} record(s) of user '{userId}'.");
        return 0;
    }
}
