using System.Collections.Concurrent;
using StackExchange.Redis;

namespace UnderLoad.Snippets.DistributedCache;

/// <summary>The system of record: a table, in production; an in-memory fake in the tests.</summary>
public interface IRowStore
{
    Task UpsertAsync(IReadOnlyDictionary<string, string> rows);
}

// <WriteThrough>
public static class WriteThrough
{
    /// <summary>The caller is acknowledged only after the database has the row.</summary>
    public static async Task WriteAsync(IDatabase redis, IRowStore store, string key, string value)
    {
        await store.UpsertAsync(new Dictionary<string, string> { [key] = value }); // durable first
        await redis.StringSetAsync(key, value); // if this fails the cache is stale; nothing is lost
    }
}
// </WriteThrough>

// <WriteBehind>
/// <summary>Acknowledge after the cache write; the database hears about it on the next flush.</summary>
public sealed class WriteBehindCache(IDatabase redis, IRowStore store, TimeProvider clock)
{
    private readonly ConcurrentQueue<(string Key, string Value, DateTimeOffset At)> _pending = new();

    public async Task WriteAsync(string key, string value)
    {
        await redis.StringSetAsync(key, value);            // the caller is acknowledged after this
        _pending.Enqueue((key, value, clock.GetUtcNow())); // ...but the row only exists in memory
    }

    /// <summary>Acknowledged writes the database does not have: lost if this process dies now.</summary>
    public int PendingWrites => _pending.Count;

    /// <summary>Age of the oldest unflushed write: the loss window. Export it and alert on it.</summary>
    public TimeSpan LossWindow =>
        _pending.TryPeek(out var oldest) ? clock.GetUtcNow() - oldest.At : TimeSpan.Zero;

    /// <summary>Called by a timer every few seconds. Coalesces: the last write per key wins.</summary>
    public async Task<int> FlushAsync()
    {
        var rows = new Dictionary<string, string>();
        while (_pending.TryDequeue(out var write)) rows[write.Key] = write.Value;
        if (rows.Count > 0) await store.UpsertAsync(rows);
        return rows.Count;
    }
}
// </WriteBehind>
