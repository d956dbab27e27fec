using Npgsql;
using UnderLoad.Snippets.DistributedTransactions;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedTransactions;

public sealed class RecordingBroker : IMessagePublisher
{
    public List<OutboxMessage> Received { get; } = [];
    public Task PublishAsync(OutboxMessage message, CancellationToken ct) { Received.Add(message); return Task.CompletedTask; }
}

public class OutboxTests(PostgresFixture pg) : IClassFixture<PostgresFixture>
{
    private async Task<NpgsqlDataSource> NewDatabaseAsync()
    {
        RequiredServer.SkipUnlessAvailable(pg.UnavailableReason);
        var db = NpgsqlDataSource.Create(await pg.CreateDatabaseAsync("outbox"));
        await using var cmd = db.CreateCommand(OutboxSchema.Sql + IdempotentConsumer.Schema);
        await cmd.ExecuteNonQueryAsync();
        return db;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    [SkippableFact]
    public async Task Business_row_and_outbox_row_commit_together_or_not_at_all()
    {
        await using var db = await NewDatabaseAsync();
        var orders = new OrderService(db);
        var id = Guid.NewGuid();
        await orders.PlaceOrderAsync(id, customerId: 7, amount: 25.00m);

        // Same order id again: the orders insert fails, so no event may be emitted either.
        await Assert.ThrowsAsync<PostgresException>(() => orders.PlaceOrderAsync(id, 7, 25.00m));
        // Invalid amount: CHECK fails, nothing written.
        await Assert.ThrowsAsync<PostgresException>(() => orders.PlaceOrderAsync(Guid.NewGuid(), 7, -1m));

        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM orders"));
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM outbox"));
    }

    [SkippableFact]
    public async Task Relay_crashing_mid_batch_loses_nothing_and_republishes_at_least_once()
    {
        await using var db = await NewDatabaseAsync();
        var orders = new OrderService(db);
        var sent = new List<Guid>();
        for (var i = 0; i < 10; i++) sent.Add(await orders.PlaceOrderAsync(Guid.NewGuid(), i, 10m + i));

        var broker = new RecordingBroker();
        var relay = new OutboxRelay(db, broker, batchSize: 5) { CrashAfterPublishing = 3 };
        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.PublishBatchAsync());
        Assert.Equal(3, broker.Received.Count);                       // the broker has them...
        Assert.Equal(10, await CountAsync(db, "SELECT count(*) FROM outbox WHERE published_at IS NULL")); // ...the outbox does not know

        relay.CrashAfterPublishing = null;                            // restarted relay
        var rounds = 0;
        while (await relay.PublishBatchAsync() > 0) Assert.True(++rounds <= 5);

        var ids = broker.Received.Select(m => m.MessageId).ToList();
        Assert.Equal(sent.Order(), ids.Distinct().Order());           // nothing lost
        Assert.Equal(13, ids.Count);                                  // 3 published twice
        Assert.Equal(3, ids.GroupBy(x => x).Count(g => g.Count() == 2));
        Assert.Equal(sent, ids.Skip(3));                              // in commit order after restart
        Assert.Equal(0, await CountAsync(db, "SELECT count(*) FROM outbox WHERE published_at IS NULL"));
    }

    [SkippableFact]
    public async Task Two_relays_never_publish_the_same_row_concurrently()
    {
        await using var db = await NewDatabaseAsync();
        var orders = new OrderService(db);
        for (var i = 0; i < 4; i++) await orders.PlaceOrderAsync(Guid.NewGuid(), i, 5m);

        // Relay A holds its batch's row locks (its transaction is open while it publishes)...
        var gate = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var blocking = new BlockingBroker(gate, release.Task);
        var relayA = new OutboxRelay(db, blocking, batchSize: 2).PublishBatchAsync();
        await gate.Task;

        // ...so relay B skips them (SKIP LOCKED) and takes the next two.
        var brokerB = new RecordingBroker();
        Assert.Equal(2, await new OutboxRelay(db, brokerB, batchSize: 2).PublishBatchAsync());
        release.SetResult();
        Assert.Equal(2, await relayA);
        Assert.Empty(blocking.Received.Select(m => m.MessageId).Intersect(brokerB.Received.Select(m => m.MessageId)));
    }

    private sealed class BlockingBroker(TaskCompletionSource started, Task release) : IMessagePublisher
    {
        public List<OutboxMessage> Received { get; } = [];
        public async Task PublishAsync(OutboxMessage message, CancellationToken ct)
        {
            started.TrySetResult();
            await release.WaitAsync(TimeSpan.FromSeconds(10), ct);
            Received.Add(message);
        }
    }
}
