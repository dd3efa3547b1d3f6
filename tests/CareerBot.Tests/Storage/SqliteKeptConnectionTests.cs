using System.Globalization;
using CareerBot.Storage;
using CareerBot.Tests.Support;

namespace CareerBot.Tests.Storage;

/// <summary>
/// The SQLite store keeps its connections open between statements. Nothing it keeps may hide a committed
/// write: not from another store on the same file, not from its own concurrent readers.
/// </summary>
public sealed class SqliteKeptConnectionTests
{
    [Fact]
    public async Task AWriteFromAnotherStoreOnTheSameFileIsSeenByTheNextRead()
    {
        var file = TestDatabases.NewSqlite();
        var mine = TestStores.Open(nameof(StorageProvider.Sqlite), file);
        var other = TestStores.Open(nameof(StorageProvider.Sqlite), file);
        await mine.WriteAsync(RecordKinds.Conversation, "c1", "u1", "first", 0, default);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("first", (await mine.GetAsync(RecordKinds.Conversation, "c1", default))!.Body);
        }

        await other.WriteAsync(RecordKinds.Conversation, "c1", "u1", "second", 1, default);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal((2L, "second"), await VersionAndBody(mine, "c1"));
        }

        await Assert.ThrowsAsync<RecordConflictException>(() => mine.WriteAsync(RecordKinds.Conversation, "c1", "u1", "stale", 1, default));
        Assert.Equal(1, await other.DeleteUserAsync("u1", default));
        Assert.Null(await mine.GetAsync(RecordKinds.Conversation, "c1", default));
    }

    [Fact]
    public async Task ConcurrentReadModifyWriteLoopsOnOneStoreLoseNoIncrement()
    {
        var store = TestStores.Open(nameof(StorageProvider.Sqlite), TestDatabases.NewSqlite());
        await store.WriteAsync(RecordKinds.Conversation, "counter", null, "0", 0, default);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < 20;)
            {
                var (version, body) = await VersionAndBody(store, "counter");
                var next = (int.Parse(body, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                try
                {
                    await store.WriteAsync(RecordKinds.Conversation, "counter", null, next, version, default);
                    done++;
                }
                catch (RecordConflictException)
                {
                    // Someone else incremented first: read again and retry, as a turn does.
                }
            }
        })));

        Assert.Equal((161L, "160"), await VersionAndBody(store, "counter"));
    }

    private static async Task<(long Version, string Body)> VersionAndBody(IRecordStore store, string key)
    {
        var record = Assert.IsType<StoredRecord>(await store.GetAsync(RecordKinds.Conversation, key, default));
        return (record.Version, record.Body);
    }
}
