namespace UnderLoad.Snippets.ServletContainers;

public enum Outcome
{
    /// <summary>Answered within the client's timeout.</summary>
    Completed,
    /// <summary>The client gave up before the answer (it may still have cost a worker thread).</summary>
    TimedOut,
    /// <summary>The accept queue was full: connection refused or reset.</summary>
    Refused,
}

public sealed record ServerStats(
    int Offered, int Completed, int TimedOut, int Refused, int WastedWork, int MaxQueued,
    TimeSpan P50Wait, TimeSpan P99Wait, TimeSpan MaxWait);

// <BoundedServer>
/// <summary>
/// A Tomcat-style connector as a model: <c>maxThreads</c> workers, room for <c>queueCapacity</c> requests
/// waiting for one (in Tomcat: maxConnections - maxThreads, plus the OS backlog acceptCount), a fixed
/// service time, and clients that give up after <c>clientTimeout</c>. Time comes only from the injected
/// TimeProvider; driven by one clock, not thread-safe.
/// </summary>
public sealed class BoundedServer(
    int maxThreads, int queueCapacity, TimeSpan serviceTime, TimeSpan clientTimeout,
    TimeProvider time, bool discardExpired = false)
{
    private sealed record Request(DateTimeOffset ArrivedAt);

    private readonly Queue<Request> _queue = new();
    private readonly List<TimeSpan> _waits = [];
    private int _busy, _offered, _completed, _timedOut, _refused, _wasted, _maxQueued;

    public int Busy => _busy;
    public int Queued => _queue.Count;

    /// <summary>Little's law: a pool of N threads at S seconds per request serves at most N / S requests/s.</summary>
    public static double CapacityPerSecond(int threads, TimeSpan service) => threads / service.TotalSeconds;

    /// <summary>A request arrives now.</summary>
    public void Offer()
    {
        _offered++;
        var request = new Request(time.GetUtcNow());
        if (_busy < maxThreads) Start(request);
        else if (_queue.Count < queueCapacity)
        {
            _queue.Enqueue(request);
            _maxQueued = Math.Max(_maxQueued, _queue.Count);
        }
        else _refused++;                                   // no room: connection refused or reset
    }

    private void Start(Request request)
    {
        _busy++;
        _waits.Add(time.GetUtcNow() - request.ArrivedAt);
        ITimer? timer = null;
        timer = time.CreateTimer(_ => { timer!.Dispose(); Finish(request); }, null, serviceTime, Timeout.InfiniteTimeSpan);
    }

    private void Finish(Request request)
    {
        _busy--;
        if (time.GetUtcNow() - request.ArrivedAt <= clientTimeout) _completed++;
        else { _timedOut++; _wasted++; }                  // a worker served a client that had left

        while (_busy < maxThreads && _queue.TryDequeue(out var next))
        {
            if (discardExpired && time.GetUtcNow() - next.ArrivedAt + serviceTime > clientTimeout)
            {
                _timedOut++;                               // cannot finish before the client gives up: shed it
                continue;
            }
            Start(next);
        }
    }

    public ServerStats Stats()
    {
        var waits = _waits.Order().ToArray();
        TimeSpan At(double p) => waits.Length == 0 ? TimeSpan.Zero : waits[(int)Math.Ceiling(waits.Length * p) - 1];
        return new ServerStats(_offered, _completed, _timedOut, _refused, _wasted, _maxQueued,
            At(0.50), At(0.99), waits.Length == 0 ? TimeSpan.Zero : waits[^1]);
    }
}
// </BoundedServer>
