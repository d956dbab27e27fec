using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using UnderLoad.Snippets.DistributedCache;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedCache;

[Collection(RedisCollection.Name)]
public sealed class WritePolicyTests(RedisFixture redis)
{
    private sealed class FakeTable : IRowStore
    {
        public readonly ConcurrentDictionary<string, string> Rows = new();
        public int Calls;
        public Task UpsertAsync(IReadOnlyDictionary<string, string> rows)
        {
            Calls++;
            foreach (var (k, v) in rows) Rows[k] = v;
            return Task.CompletedTask;
        }
    }

    [SkippableFact]
    public async Task Write_through_has_the_row_in_the_database_when_the_caller_is_acknowledged()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("wt") + "cart:1";
        var table = new FakeTable();

        await WriteThrough.WriteAsync(redis.Database, table, key, "3 items");

        Assert.Equal("3 items", table.Rows[key]);
        Assert.Equal("3 items", (string?)await redis.Database.StringGetAsync(key));
    }

    [SkippableFact]
    public async Task Write_behind_acknowledges_writes_the_database_does_not_have_yet()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var prefix = RedisFixture.NewKeyPrefix("wb");
        var clock = new FakeTimeProvider();
        var table = new FakeTable();
        var cache = new WriteBehindCache(redis.Database, table, clock);

        Assert.Equal(TimeSpan.Zero, cache.LossWindow);
        await cache.WriteAsync(prefix + "cart:1", "1 item");
        clock.Advance(TimeSpan.FromSeconds(2));
        await cache.WriteAsync(prefix + "cart:1", "2 items");
        await cache.WriteAsync(prefix + "cart:2", "1 item");
        clock.Advance(TimeSpan.FromSeconds(3));

        // Acknowledged and readable from Redis, absent from the database: this is the exposure.
        Assert.Equal("2 items", (string?)await redis.Database.StringGetAsync(prefix + "cart:1"));
        Assert.Empty(table.Rows);
        Assert.Equal(3, cache.PendingWrites);
        Assert.Equal(TimeSpan.FromSeconds(5), cache.LossWindow);

        // The flush coalesces three writes into two rows in one round trip and closes the window.
        Assert.Equal(2, await cache.FlushAsync());
        Assert.Equal(1, table.Calls);
        Assert.Equal("2 items", table.Rows[prefix + "cart:1"]);
        Assert.Equal(0, cache.PendingWrites);
        Assert.Equal(TimeSpan.Zero, cache.LossWindow);
        Assert.Equal(0, await cache.FlushAsync());
        Assert.Equal(1, table.Calls);
    }

    [SkippableFact]
    public async Task A_crash_inside_the_window_loses_acknowledged_writes()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("wb") + "order:1";
        var table = new FakeTable();
        var beforeCrash = new WriteBehindCache(redis.Database, table, new FakeTimeProvider());
        await beforeCrash.WriteAsync(key, "paid");
        Assert.Equal(1, beforeCrash.PendingWrites);

        // The process dies before its flush: the queue was only in its memory.
        var afterRestart = new WriteBehindCache(redis.Database, table, new FakeTimeProvider());
        Assert.Equal(0, await afterRestart.FlushAsync());
        // Redis (no persistence) restarts or evicts the key: the write is gone everywhere.
        await redis.Database.KeyDeleteAsync(key);
        Assert.False(table.Rows.ContainsKey(key));
        Assert.False((await redis.Database.StringGetAsync(key)).HasValue);
    }
}
