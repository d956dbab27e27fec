namespace UnderLoad.Snippets.ApiGateway;

// <RequestBatcher>
/// <summary>
/// Collects the keys that concurrent callers ask for during <c>maxDelay</c> (or until <c>maxBatchSize</c>)
/// and fetches them with one call: N lookups become one round trip, duplicates are asked once.
/// </summary>
public sealed class RequestBatcher<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> fetchMany,
    int maxBatchSize, TimeSpan maxDelay, TimeProvider clock) where TKey : notnull
{
    private readonly Lock _gate = new();
    private Dictionary<TKey, TaskCompletionSource<TValue>> _pending = [];
    private ITimer? _timer;
    private long _generation;

    public Task<TValue> LoadAsync(TKey key)
    {
        Dictionary<TKey, TaskCompletionSource<TValue>>? full = null;
        TaskCompletionSource<TValue>? waiter;
        lock (_gate)
        {
            if (!_pending.TryGetValue(key, out waiter))
            {
                waiter = new(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending[key] = waiter;
                if (_pending.Count == 1) // first key of a batch: start its deadline
                    _timer = clock.CreateTimer(OnDeadline, _generation, maxDelay, Timeout.InfiniteTimeSpan);
                if (_pending.Count >= maxBatchSize) full = TakeBatch();
            }
        }
        if (full is not null) _ = DispatchAsync(full);
        return waiter.Task;
    }

    private void OnDeadline(object? generation)
    {
        Dictionary<TKey, TaskCompletionSource<TValue>> batch;
        lock (_gate)
        {
            if ((long)generation! != _generation) return; // that batch already left because it was full
            batch = TakeBatch();
        }
        _ = DispatchAsync(batch);
    }

    private Dictionary<TKey, TaskCompletionSource<TValue>> TakeBatch()
    {
        var batch = _pending;
        _pending = [];
        _timer?.Dispose();
        _generation++;
        return batch;
    }

    private async Task DispatchAsync(Dictionary<TKey, TaskCompletionSource<TValue>> batch)
    {
        try
        {
            var values = await fetchMany(batch.Keys);
            foreach (var (key, waiter) in batch)
                if (values.TryGetValue(key, out var value)) waiter.TrySetResult(value);
                else waiter.TrySetException(new KeyNotFoundException($"{key} not returned by the batch call"));
        }
        catch (Exception e)
        {
            foreach (var waiter in batch.Values) waiter.TrySetException(e); // one failure fails the batch
        }
    }
}
// </RequestBatcher>
