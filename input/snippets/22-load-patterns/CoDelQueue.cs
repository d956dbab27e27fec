namespace UnderLoad.Snippets.LoadPatterns;

public interface IRequestQueue<T>
{
    int Count { get; }
    int Shed { get; }
    void Enqueue(T item);
    bool TryDequeue(out T item, out TimeSpan waited);
}

// <Fifo>
/// <summary>What most servers do by default: first come, first served, no limit on waiting.</summary>
public sealed class FifoQueue<T>(TimeProvider time) : IRequestQueue<T>
{
    private readonly Queue<(T Item, long At)> _items = new();

    public int Count => _items.Count;
    public int Shed => 0;

    public void Enqueue(T item) => _items.Enqueue((item, time.GetTimestamp()));

    public bool TryDequeue(out T item, out TimeSpan waited)
    {
        var ok = _items.TryDequeue(out var entry);
        (item, waited) = (entry.Item, ok ? time.GetElapsedTime(entry.At) : TimeSpan.Zero);
        return ok;
    }
}
// </Fifo>

// <CoDel>
/// <summary>
/// CoDel-style shedding with adaptive LIFO. If the queue has not been empty for <paramref name="interval"/>,
/// it is a standing queue: new requests may wait only <paramref name="target"/>, and the newest is served
/// first (its client is still waiting). Requests that outlive their allowed wait are shed, not served late.
/// </summary>
public sealed class CoDelQueue<T>(TimeProvider time, TimeSpan target, TimeSpan interval) : IRequestQueue<T>
{
    private readonly LinkedList<(T Item, long At, TimeSpan MaxWait)> _items = new();
    private long _lastEmpty = time.GetTimestamp();

    public int Count => _items.Count;
    public int Shed { get; private set; }
    public bool Congested => _items.Count > 0 && time.GetElapsedTime(_lastEmpty) > interval;

    public void Enqueue(T item)
    {
        if (_items.Count == 0) _lastEmpty = time.GetTimestamp();
        _items.AddLast((item, time.GetTimestamp(), Congested ? target : interval));
    }

    public bool TryDequeue(out T item, out TimeSpan waited)
    {
        for (var node = _items.First; node is not null;)        // shed everything past its allowed wait
        {
            var next = node.Next;
            if (time.GetElapsedTime(node.Value.At) > node.Value.MaxWait)
            {
                _items.Remove(node);
                Shed++;
            }
            node = next;
        }

        var pick = Congested ? _items.Last : _items.First;      // adaptive LIFO under congestion
        if (_items.Count == 0) _lastEmpty = time.GetTimestamp();
        if (pick is null)
        {
            (item, waited) = (default!, TimeSpan.Zero);
            return false;
        }
        _items.Remove(pick);
        if (_items.Count == 0) _lastEmpty = time.GetTimestamp();
        (item, waited) = (pick.Value.Item, time.GetElapsedTime(pick.Value.At));
        return true;
    }
}
// </CoDel>
