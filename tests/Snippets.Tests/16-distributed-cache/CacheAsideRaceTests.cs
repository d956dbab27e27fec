using System.Collections.Concurrent;
using StackExchange.Redis;
using UnderLoad.Snippets.DistributedCache;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedCache;

[Collection(RedisCollection.Name)]
public sealed class CacheAsideRaceTests(RedisFixture redis)
{
    /// <summary>
    /// The interleaving, step by step: reader misses and reads v1; writer commits v2 and deletes the key;
    /// only then does the reader's SET land. The hook pauses the first load after its database read.
    /// </summary>
    private sealed class PausingDatabase
    {
        public readonly ConcurrentDictionary<string, string> Rows = new();
        public readonly TaskCompletionSource FirstReadDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public readonly TaskCompletionSource Resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _reads;

        public async Task<string> Load(string key)
        {
            var value = Rows[key];
            if (Interlocked.Increment(ref _reads) == 1)
            {
                FirstReadDone.SetResult();
                await Resume.Task;
            }
            return value;
        }
    }

    [SkippableFact]
    public async Task Naive_cache_aside_keeps_a_stale_value_after_delete_on_write()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("race") + "user:7";
        var db = new PausingDatabase();
        db.Rows[key] = "v1";
        var cache = new CacheAside(redis.Database, db.Load, TimeSpan.FromMinutes(10));

        var reader = cache.GetAsync(key);            // miss, reads v1, pauses
        await db.FirstReadDone.Task;
        await cache.UpdateAsync(key, () => { db.Rows[key] = "v2"; return Task.CompletedTask; }); // commit v2, DEL
        db.Resume.SetResult();                       // the reader's SET v1 lands after the DEL
        Assert.Equal("v1", await reader);

        Assert.Equal("v2", db.Rows[key]);
        Assert.Equal("v1", (string?)await redis.Database.StringGetAsync(key)); // stale, for the whole TTL
        Assert.Equal("v1", await cache.GetAsync(key));
        Assert.True(await redis.Database.KeyTimeToLiveAsync(key) > TimeSpan.FromMinutes(9));
    }

    [SkippableFact]
    public async Task Leases_refuse_the_late_fill_so_the_next_read_sees_the_new_value()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("race") + "user:7";
        var db = new PausingDatabase();
        db.Rows[key] = "v1";
        var cache = new LeasedCacheAside(redis.Database, db.Load, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(10));

        var reader = cache.GetAsync(key);
        await db.FirstReadDone.Task;
        Assert.True(await redis.Database.KeyExistsAsync(LeasedCacheAside.LeaseKey(key)));
        await cache.UpdateAsync(key, () => { db.Rows[key] = "v2"; return Task.CompletedTask; }); // commit v2, DEL key + lease
        db.Resume.SetResult();
        Assert.Equal("v1", await reader);            // this caller read before the write: fine

        Assert.False((await redis.Database.StringGetAsync(key)).HasValue); // but it did not poison the cache
        Assert.Equal("v2", await cache.GetAsync(key));
        Assert.Equal("v2", (string?)await redis.Database.StringGetAsync(key));
        Assert.False(await redis.Database.KeyExistsAsync(LeasedCacheAside.LeaseKey(key))); // released on fill
    }

    [SkippableFact]
    public async Task Only_the_lease_holder_fills_the_key()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("race") + "user:8";
        var db = new PausingDatabase();
        db.Rows[key] = "v1";
        var cache = new LeasedCacheAside(redis.Database, db.Load, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(10));

        var holder = cache.GetAsync(key);             // takes the lease, pauses after its read
        await db.FirstReadDone.Task;
        Assert.Equal("v1", await cache.GetAsync(key)); // no lease: answers from the database, fills nothing
        Assert.False((await redis.Database.StringGetAsync(key)).HasValue);

        db.Resume.SetResult();
        Assert.Equal("v1", await holder);
        Assert.Equal("v1", (string?)await redis.Database.StringGetAsync(key));
    }
}
