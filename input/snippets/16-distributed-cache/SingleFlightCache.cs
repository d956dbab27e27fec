using System.Collections.Concurrent;
using StackExchange.Redis;

namespace UnderLoad.Snippets.DistributedCache;

// <SingleFlight>
/// <summary>One load per key per process: concurrent callers for the same key await one shared Task.</summary>
public sealed class SingleFlight<T>
{
    private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _inFlight = new();
    private int _waiting;

    /// <summary>Callers currently waiting on a flight: export it as a gauge.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async Task<T> RunAsync(string key, Func<Task<T>> load)
    {
        var flight = _inFlight.GetOrAdd(key, _ => new Lazy<Task<T>>(load)); // Lazy: load starts once
        Interlocked.Increment(ref _waiting);
        try
        {
            return await flight.Value;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
            _inFlight.TryRemove(KeyValuePair.Create(key, flight)); // only ours, never a newer flight
        }
    }
}
// </SingleFlight>

// <SingleFlightCache>
/// <summary>Cache-aside over Redis where a miss is loaded once per process, however many callers miss.</summary>
public sealed class SingleFlightCache(IDatabase redis, Func<string, Task<string>> backend, TimeSpan ttl)
{
    private readonly SingleFlight<string> _flight = new();

    public int Waiting => _flight.Waiting;

    public async Task<string> GetAsync(string key)
    {
        var cached = await redis.StringGetAsync(key);
        if (cached.HasValue) return cached.ToString();

        return await _flight.RunAsync(key, async () =>
        {
            var again = await redis.StringGetAsync(key); // a flight that just ended may have filled it
            if (again.HasValue) return again.ToString();
            var value = await backend(key);
            await redis.StringSetAsync(key, value, Jittered(ttl));
            return value;
        });
    }

    /// <summary>±10 %: keys loaded in the same second do not all expire in the same second.</summary>
    public static TimeSpan Jittered(TimeSpan ttl) => ttl * (0.9 + 0.2 * Random.Shared.NextDouble());
}
// </SingleFlightCache>
