using StackExchange.Redis;

namespace UnderLoad.Snippets.DistributedCache;

// <NegativeCache>
/// <summary>Caches "not found" too, under a sentinel and a much shorter TTL than real values.</summary>
public sealed class NegativeCachingReader(
    IDatabase redis, Func<string, Task<string?>> load, TimeSpan positiveTtl, TimeSpan negativeTtl)
{
    private static readonly RedisValue Missing = "\0missing"; // no real value can equal it

    public async Task<string?> GetAsync(string key)
    {
        var cached = await redis.StringGetAsync(key);
        if (cached == Missing) return null;           // known absent: the database is not asked again
        if (cached.HasValue) return cached.ToString();

        var value = await load(key);
        if (value is null) await redis.StringSetAsync(key, Missing, negativeTtl);
        else await redis.StringSetAsync(key, value, positiveTtl);
        return value;
    }

    /// <summary>Whoever creates the row drops the tombstone, or readers see "not found" for up to negativeTtl.</summary>
    public Task CreatedAsync(string key) => redis.KeyDeleteAsync(key);
}
// </NegativeCache>
