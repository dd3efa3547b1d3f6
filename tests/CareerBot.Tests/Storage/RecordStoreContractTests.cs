using CareerBot.Feedback;
using CareerBot.Knowledge.Answers;
using CareerBot.Storage;
using CareerBot.Tests.Dialogs;

namespace CareerBot.Tests.Storage;

/// <summary>What every record store promises, checked on SQLite and on PostgreSQL alike.</summary>
public sealed class RecordStoreContractTests
{
    [Theory, SqliteStore, PostgresStore]
    public async Task ARecordReadsBackWithItsVersion(string provider)
    {
        var store = await OpenAsync(provider);

        Assert.Null(await store.GetAsync("conversation", "c1", default));
        Assert.Equal(1, await store.WriteAsync("conversation", "c1", "u1", """{"a":1}""", 0, default));
        Assert.Equal(2, await store.WriteAsync("conversation", "c1", null, """{"a":2}""", 1, default));

        var record = Assert.IsType<StoredRecord>(await store.GetAsync("conversation", "c1", default));
        Assert.Equal((2L, "u1", """{"a":2}"""), (record.Version, record.UserId, record.Body));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task AWriteOnAStaleVersionIsRefusedAndChangesNothing(string provider)
    {
        var store = await OpenAsync(provider);
        await store.WriteAsync("conversation", "c1", "u1", "first", 0, default);
        await store.WriteAsync("conversation", "c1", "u1", "second", 1, default);

        await Assert.ThrowsAsync<RecordConflictException>(() => store.WriteAsync("conversation", "c1", "u1", "stale", 1, default));
        await Assert.ThrowsAsync<RecordConflictException>(() => store.WriteAsync("conversation", "c1", "u1", "as new", 0, default));
        Assert.Equal("second", (await store.GetAsync("conversation", "c1", default))!.Body);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task ADeleteOnAStaleVersionIsRefusedAndOnTheCurrentOneRemovesTheRecord(string provider)
    {
        var store = await OpenAsync(provider);
        await store.WriteAsync("outbox", "o1", null, "first", 0, default);
        await store.WriteAsync("outbox", "o1", null, "claimed", 1, default);

        Assert.False(await store.DeleteAsync("outbox", "o1", 1, default));
        Assert.Equal("claimed", (await store.GetAsync("outbox", "o1", default))!.Body);
        Assert.True(await store.DeleteAsync("outbox", "o1", 2, default));
        Assert.Null(await store.GetAsync("outbox", "o1", default));
        Assert.False(await store.DeleteAsync("outbox", "o1", 2, default));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task OfManyWritersOnTheSameVersionExactlyOneWins(string provider)
    {
        var store = await OpenAsync(provider);
        await store.WriteAsync("conversation", "race", null, "start", 0, default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            try
            {
                await store.WriteAsync("conversation", "race", null, $"writer {i}", 1, default);
                return true;
            }
            catch (RecordConflictException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
        Assert.Equal(2, (await store.GetAsync("conversation", "race", default))!.Version);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task ALaterRatingReplacesTheEarlierAndAnswersSharingAPrefixStaySeparate(string provider)
    {
        var feedback = new StoredFeedbackStore(await OpenAsync(provider));
        var at = DateTimeOffset.UtcNow;
        await feedback.RecordAsync(Rating("ans-1", "u1", FeedbackRating.Helpful, at), default);
        await feedback.RecordAsync(Rating("ans-1", "u1", FeedbackRating.NotHelpful, at.AddSeconds(1)), default);
        await feedback.RecordAsync(Rating("ans-1", "u2", FeedbackRating.Helpful, at), default);
        await feedback.RecordAsync(Rating("ans-10", "u1", FeedbackRating.Helpful, at), default);

        var ratings = await feedback.ForAnswerAsync("ans-1", default);

        Assert.Equal([("u2", FeedbackRating.Helpful), ("u1", FeedbackRating.NotHelpful)], ratings.Select(r => (r.UserId, r.Rating)));
        Assert.Equal(3, (await feedback.AllAsync(default)).Count);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task DeletingAUserRemovesTheirRecordsAndNobodyElses(string provider)
    {
        var store = await OpenAsync(provider);
        await store.WriteAsync("conversation", "c-ann", "ann", "{}", 0, default);
        await store.WriteAsync("feedback", "a\u001fann", "ann", "{}", 0, default);
        await store.WriteAsync("conversation", "c-bob", "bob", "{}", 0, default);

        Assert.Equal(2, await store.DeleteUserAsync("ann", default));

        Assert.Null(await store.GetAsync("conversation", "c-ann", default));
        Assert.NotNull(await store.GetAsync("conversation", "c-bob", default));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task RetentionDeletesOnlyQuestionTextOlderThanTheSetting(string provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = await OpenAsync(provider, clock);
        var log = new QuestionLog(store);
        await log.RecordAsync(new LoggedQuestion("old question", AnswerKind.Fallback, 0.1, null, "test", clock.GetUtcNow()), "u1", default);
        await store.WriteAsync("conversation", "kept", "u1", "{}", 0, default);
        clock.Advance(TimeSpan.FromDays(40));
        await log.RecordAsync(new LoggedQuestion("new question", AnswerKind.Fallback, 0.1, null, "test", clock.GetUtcNow()), "u1", default);

        var deleted = await StorageMaintenance.ApplyRetentionAsync(store, new StorageOptions { MessageRetention = TimeSpan.FromDays(30) }, clock, default);

        Assert.Equal(1, deleted);
        Assert.Equal(["new question"], (await log.AllAsync(default)).Select(q => q.Text));
        Assert.NotNull(await store.GetAsync("conversation", "kept", default));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task InstancesStartingTogetherMigrateTheSchemaOnce(string provider)
    {
        var database = await TestStores.NewDatabaseAsync(provider);
        var instances = Enumerable.Range(0, 4).Select(_ => TestStores.Open(provider, database)).ToList();

        await Task.WhenAll(instances.Select(s => s.MigrateAsync(default)));

        foreach (var instance in instances)
        {
            Assert.True(await instance.IsReachableAsync(default));
        }
    }

    private static async Task<IRecordStore> OpenAsync(string provider, TimeProvider? time = null) =>
        TestStores.Open(provider, await TestStores.NewDatabaseAsync(provider), time);

    private static FeedbackRecord Rating(string answerId, string userId, FeedbackRating rating, DateTimeOffset at) =>
        new(answerId, null, rating, userId, "test", "c1", "card", at);
}
