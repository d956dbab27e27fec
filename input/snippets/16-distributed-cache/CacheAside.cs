using StackExchange.Redis;

namespace UnderLoad.Snippets.DistributedCache;

// <CacheAside>
/// <summary>Textbook cache-aside: read through on a miss, delete on write. Two races live here.</summary>
public sealed class CacheAside(IDatabase redis, Func<string, Task<string>> load, TimeSpan ttl)
{
    public async Task<string> GetAsync(string key)
    {
        var cached = await redis.StringGetAsync(key);
        if (cached.HasValue) return cached.ToString();
        var value = await load(key);                 // (1) every concurrent miss reaches the database
        await redis.StringSetAsync(key, value, ttl); // (2) may store a value read before a newer write
        return value;
    }

    public async Task UpdateAsync(string key, Func<Task> writeDatabase)
    {
        await writeDatabase();           // commit first
        await redis.KeyDeleteAsync(key); // then invalidate: delete, never set
    }
}
// </CacheAside>

// <LeasedCacheAside>
/// <summary>Cache-aside where only the holder of a lease may fill a key, and a write revokes the lease.</summary>
public sealed class LeasedCacheAside(IDatabase redis, Func<string, Task<string>> load, TimeSpan ttl, TimeSpan leaseTtl)
{
    private const string FillIfLeaseHeld = """
        if redis.call('GET', KEYS[2]) == ARGV[1] then
          redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
          redis.call('DEL', KEYS[2])
          return 1
        end
        return 0
        """;

    public async Task<string> GetAsync(string key)
    {
        var cached = await redis.StringGetAsync(key);
        if (cached.HasValue) return cached.ToString();

        var lease = Guid.NewGuid().ToString("N");
        var holdsLease = await redis.StringSetAsync(LeaseKey(key), lease, leaseTtl, When.NotExists);
        var value = await load(key);
        if (holdsLease) // the fill is refused if a writer deleted the lease since we took it
            await redis.ScriptEvaluateAsync(FillIfLeaseHeld, [key, LeaseKey(key)],
                [lease, value, (long)ttl.TotalMilliseconds]);
        return value;
    }

    public async Task UpdateAsync(string key, Func<Task> writeDatabase)
    {
        await writeDatabase();
        await redis.KeyDeleteAsync([key, LeaseKey(key)]); // drop the value and revoke any reader's lease
    }

    // "{key}:lease" hashes to the same Redis Cluster slot as "key", so the script may touch both.
    public static RedisKey LeaseKey(string key) => $"{{{key}}}:lease";
}
// </LeasedCacheAside>
