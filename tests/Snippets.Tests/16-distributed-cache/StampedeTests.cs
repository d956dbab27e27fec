using StackExchange.Redis;
using UnderLoad.Snippets.DistributedCache;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedCache;

[Collection(RedisCollection.Name)]
public sealed class StampedeTests(RedisFixture redis)
{
    private const int Callers = 100;

    [SkippableFact]
    public async Task Naive_cache_aside_sends_every_concurrent_miss_to_the_backend()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("stampede") + "product:42";
        var calls = 0;
        var allInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new CacheAside(redis.Database, async k =>
        {
            if (Interlocked.Increment(ref calls) == Callers) allInside.SetResult();
            await allInside.Task; // hold every load open until all callers have missed
            return "value-of-" + k;
        }, TimeSpan.FromMinutes(5));

        var results = await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(() => cache.GetAsync(key))));

        Assert.Equal(Callers, calls);
        Assert.All(results, r => Assert.Equal("value-of-" + key, r));
    }

    [SkippableFact]
    public async Task Single_flight_collapses_100_concurrent_misses_into_one_backend_call()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("stampede") + "product:42";
        var calls = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new SingleFlightCache(redis.Database, async k =>
        {
            Interlocked.Increment(ref calls);
            await release.Task;
            return "value-of-" + k;
        }, TimeSpan.FromMinutes(5));

        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(() => cache.GetAsync(key))).ToArray();
        // Every caller has missed in Redis and joined the one flight before the backend answers.
        Assert.True(SpinWait.SpinUntil(() => cache.Waiting == Callers, TimeSpan.FromSeconds(4)),
            $"only {cache.Waiting} callers joined the flight");
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Equal("value-of-" + key, r));
        Assert.Equal("value-of-" + key, (string?)await redis.Database.StringGetAsync(key));
        Assert.Equal(0, cache.Waiting);

        // Later misses for the same key (after the flight ended) are served by Redis.
        Assert.Equal("value-of-" + key, await cache.GetAsync(key));
        Assert.Equal(1, calls);
    }

    [SkippableFact]
    public async Task A_flight_rechecks_redis_so_a_late_miss_does_not_reload()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var key = RedisFixture.NewKeyPrefix("stampede") + "k";
        var flight = new SingleFlight<string>();
        await redis.Database.StringSetAsync(key, "filled-by-the-previous-flight");
        var calls = 0;
        var cache = new SingleFlightCache(redis.Database, _ => { calls++; return Task.FromResult("reloaded"); }, TimeSpan.FromMinutes(1));

        Assert.Equal("filled-by-the-previous-flight", await cache.GetAsync(key));
        Assert.Equal(0, calls);

        // Different keys do not share a flight.
        var a = flight.RunAsync("a", () => Task.FromResult("A"));
        var b = flight.RunAsync("b", () => Task.FromResult("B"));
        Assert.Equal(["A", "B"], await Task.WhenAll(a, b));
    }

    [SkippableFact]
    public async Task Ttls_are_jittered_within_ten_percent()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var prefix = RedisFixture.NewKeyPrefix("jitter");
        var ttl = TimeSpan.FromMinutes(10);
        var cache = new SingleFlightCache(redis.Database, k => Task.FromResult(k), ttl);
        var ttls = new List<TimeSpan>();
        for (var i = 0; i < 50; i++)
        {
            await cache.GetAsync(prefix + i);
            ttls.Add((await redis.Database.KeyTimeToLiveAsync(prefix + i))!.Value);
        }

        Assert.All(ttls, t => Assert.InRange(t, ttl * 0.9 - TimeSpan.FromSeconds(5), ttl * 1.1));
        Assert.True(ttls.Distinct().Count() > 1, "TTLs should differ");
    }
}
