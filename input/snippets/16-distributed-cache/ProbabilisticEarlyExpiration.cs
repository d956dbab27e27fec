using StackExchange.Redis;

namespace UnderLoad.Snippets.DistributedCache;

// <XFetch>
/// <summary>
/// Probabilistic early expiration (Vattani, Chierichetti, Lowenstein, VLDB 2015): each reader may
/// recompute before expiry, with a probability that rises as expiry nears and as recomputation gets slower.
/// </summary>
public sealed class XFetchCache(IDatabase redis, TimeProvider clock, Func<double> uniform, double beta = 1.0)
{
    public async Task<string> GetAsync(string key, TimeSpan ttl, Func<Task<string>> recompute)
    {
        var entry = await redis.HashGetAsync(key, ["value", "delta", "expiry"]);
        if (!entry[0].IsNull)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (!ShouldRecompute(now, (double)entry[1], (long)entry[2], beta, uniform()))
                return entry[0].ToString();
        }

        var started = clock.GetTimestamp();
        var value = await recompute();
        var delta = clock.GetElapsedTime(started).TotalMilliseconds; // how long a recompute costs
        var expiry = (clock.GetUtcNow() + ttl).ToUnixTimeMilliseconds();
        await redis.HashSetAsync(key, [new("value", value), new("delta", delta), new("expiry", expiry)]);
        await redis.KeyExpireAsync(key, ttl * 2); // backstop only: the logical expiry above decides
        return value;
    }

    /// <summary>True with probability exp(-(expiry - now) / (delta * beta)); always true once expired.</summary>
    public static bool ShouldRecompute(double nowMs, double deltaMs, double expiryMs, double beta, double u) =>
        nowMs - deltaMs * beta * Math.Log(u) >= expiryMs; // u in (0, 1], so -log(u) >= 0
}
// </XFetch>
