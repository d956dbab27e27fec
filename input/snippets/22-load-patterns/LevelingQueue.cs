using System.Collections.Concurrent;
using System.Threading.Channels;

namespace UnderLoad.Snippets.LoadPatterns;

// <LevelingQueue>
/// <summary>
/// Queue-based load levelling: producers write into a bounded queue and return at once; a fixed pool of
/// workers drains it at the rate the backend can take. When the queue is full, producers are told so.
/// </summary>
public sealed class LevelingQueue<T>
{
    private readonly Channel<(T Item, long EnqueuedAt)> _channel;
    private readonly Func<T, ValueTask> _handler;
    private readonly TimeProvider _time;
    private readonly Task[] _workers;
    private int _maxDepth, _rejected, _completed;

    public LevelingQueue(int capacity, int workers, Func<T, ValueTask> handler, TimeProvider time)
    {
        _channel = Channel.CreateBounded<(T, long)>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite returns false when full: we reject
        });
        _handler = handler;
        _time = time;
        _workers = Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)).ToArray();
    }

    public int Depth => _channel.Reader.Count;
    public int MaxDepth => Volatile.Read(ref _maxDepth);
    public int Rejected => Volatile.Read(ref _rejected);
    public int Completed => Volatile.Read(ref _completed);
    public ConcurrentQueue<TimeSpan> QueueWaits { get; } = new();

    /// <summary>Accepts the item or refuses it immediately (map to 503 + Retry-After, or to a 202 + status URL).</summary>
    public bool TryEnqueue(T item)
    {
        if (!_channel.Writer.TryWrite((item, _time.GetTimestamp())))
        {
            Interlocked.Increment(ref _rejected);
            return false;
        }
        var depth = Depth;
        int seen;
        while (depth > (seen = MaxDepth) && Interlocked.CompareExchange(ref _maxDepth, depth, seen) != seen) { }
        return true;
    }

    public async Task DrainAsync()
    {
        _channel.Writer.Complete();
        await Task.WhenAll(_workers);
    }

    private async Task WorkAsync()
    {
        await foreach (var (item, enqueuedAt) in _channel.Reader.ReadAllAsync())
        {
            QueueWaits.Enqueue(_time.GetElapsedTime(enqueuedAt));
            await _handler(item);
            Interlocked.Increment(ref _completed);
        }
    }
}
// </LevelingQueue>
