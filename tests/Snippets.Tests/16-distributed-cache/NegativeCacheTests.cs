using System.Collections.Concurrent;
using UnderLoad.Snippets.DistributedCache;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedCache;

[Collection(RedisCollection.Name)]
public sealed class NegativeCacheTests(RedisFixture redis)
{
    private readonly ConcurrentDictionary<string, string> _rows = new();
    private int _loads;

    private Task<string?> Load(string key)
    {
        Interlocked.Increment(ref _loads);
        return Task.FromResult(_rows.TryGetValue(key, out var v) ? v : null);
    }

    [SkippableFact]
    public async Task Repeated_lookups_of_a_missing_id_reach_the_database_once_and_expire_sooner()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var prefix = RedisFixture.NewKeyPrefix("neg");
        _rows[prefix + "present"] = "alice";
        var cache = new NegativeCachingReader(redis.Database, Load, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30));

        for (var i = 0; i < 5; i++) Assert.Null(await cache.GetAsync(prefix + "absent"));
        Assert.Equal(1, _loads);
        for (var i = 0; i < 5; i++) Assert.Equal("alice", await cache.GetAsync(prefix + "present"));
        Assert.Equal(2, _loads);

        var negativeTtl = await redis.Database.KeyTimeToLiveAsync(prefix + "absent");
        var positiveTtl = await redis.Database.KeyTimeToLiveAsync(prefix + "present");
        Assert.InRange(negativeTtl!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.InRange(positiveTtl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [SkippableFact]
    public async Task A_created_row_is_hidden_by_the_tombstone_until_the_writer_deletes_it()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("neg") + "user:99";
        var cache = new NegativeCachingReader(redis.Database, Load, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30));

        Assert.Null(await cache.GetAsync(key));
        _rows[key] = "bob";                       // created, but nobody told the cache
        Assert.Null(await cache.GetAsync(key));   // still "not found"
        await cache.CreatedAsync(key);            // the creating service drops the tombstone
        Assert.Equal("bob", await cache.GetAsync(key));
        Assert.Equal(2, _loads);
    }
}
