using Npgsql;
using UnderLoad.Snippets.DistributedTransactions;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedTransactions;

public class IdempotentConsumerTests(PostgresFixture pg) : IClassFixture<PostgresFixture>
{
    private async Task<NpgsqlDataSource> NewDatabaseAsync()
    {
        RequiredServer.SkipUnlessAvailable(pg.UnavailableReason);
        var db = NpgsqlDataSource.Create(await pg.CreateDatabaseAsync("consumer"));
        await using var cmd = db.CreateCommand(IdempotentConsumer.Schema);
        await cmd.ExecuteNonQueryAsync();
        return db;
    }

    private static async Task<long> PointsAsync(NpgsqlDataSource db, long customer)
    {
        await using var cmd = db.CreateCommand($"SELECT coalesce(sum(points), 0)::bigint FROM loyalty_points WHERE customer_id = {customer}");
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    [SkippableFact]
    public async Task Redelivered_message_has_no_second_effect()
    {
        await using var db = await NewDatabaseAsync();
        var consumer = new IdempotentConsumer(db);
        var a = Guid.NewGuid(); var b = Guid.NewGuid();

        Assert.True(await consumer.HandleAsync(a, 42, 100));
        Assert.False(await consumer.HandleAsync(a, 42, 100));   // redelivery
        Assert.True(await consumer.HandleAsync(b, 42, 50));
        Assert.False(await consumer.HandleAsync(b, 42, 50));

        Assert.Equal(150, await PointsAsync(db, 42));
    }

    [SkippableFact]
    public async Task Crash_before_commit_rolls_back_the_id_too_so_the_redelivery_applies_once()
    {
        await using var db = await NewDatabaseAsync();
        var consumer = new IdempotentConsumer(db) { CrashBeforeCommit = true };
        var id = Guid.NewGuid();
        await Assert.ThrowsAsync<InvalidOperationException>(() => consumer.HandleAsync(id, 7, 10));
        Assert.Equal(0, await PointsAsync(db, 7));

        consumer.CrashBeforeCommit = false;
        Assert.True(await consumer.HandleAsync(id, 7, 10));
        Assert.False(await consumer.HandleAsync(id, 7, 10));
        Assert.Equal(10, await PointsAsync(db, 7));
    }

    [SkippableFact]
    public async Task Concurrent_duplicate_deliveries_apply_once()
    {
        await using var db = await NewDatabaseAsync();
        var consumer = new IdempotentConsumer(db);
        var id = Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => consumer.HandleAsync(id, 9, 5))));
        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(5, await PointsAsync(db, 9));
    }
}
