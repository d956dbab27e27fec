namespace UnderLoad.Snippets.ThreadStarvation;

public sealed record PoolSizingResult(
    int Completed, int PoolTimeouts, int MaxThreadsWaitingForConnection, int MaxWaitingForThread,
    long P99ThreadWaitMs, long P99ConnectionWaitMs);

// <PoolSizing>
/// <summary>
/// Requests need a worker thread, then a database connection for <c>queryMs</c>. A thread that cannot get
/// a connection waits while holding the thread (HikariCP getConnection blocks up to connectionTimeout).
/// Millisecond steps, one arrival every <c>intervalMs</c> for <c>durationMs</c>.
/// </summary>
public static class PoolSizing
{
    public static PoolSizingResult Run(int threads, int connections, int queryMs, int connectionTimeoutMs,
        int intervalMs, int durationMs)
    {
        var waitingForThread = new Queue<long>();                       // arrival times
        var waitingForConnection = new Queue<long>();                   // times they got a thread
        var queries = new PriorityQueue<int, long>();                    // finish times
        var threadWaits = new List<long>();
        var connectionWaits = new List<long>();
        int busyThreads = 0, busyConnections = 0, completed = 0, timeouts = 0, maxOnPool = 0, maxOnThreads = 0;

        for (long t = 0; t < durationMs || (waitingForThread.Count + waitingForConnection.Count + queries.Count > 0 && t < 10L * durationMs + connectionTimeoutMs); t++)
        {
            while (queries.TryPeek(out _, out var at) && at <= t)
            {
                queries.Dequeue();
                busyConnections--; busyThreads--; completed++;
            }
            while (waitingForConnection.TryPeek(out var since) && t - since >= connectionTimeoutMs)
            {
                waitingForConnection.Dequeue();
                busyThreads--; timeouts++;                               // SQLTransientConnectionException
            }
            if (t < durationMs && t % intervalMs == 0) waitingForThread.Enqueue(t);
            while (busyThreads < threads && waitingForThread.TryDequeue(out var arrived))
            {
                busyThreads++;
                threadWaits.Add(t - arrived);
                waitingForConnection.Enqueue(t);
            }
            while (busyConnections < connections && waitingForConnection.TryDequeue(out var since))
            {
                busyConnections++;
                connectionWaits.Add(t - since);
                queries.Enqueue(0, t + queryMs);
            }
            maxOnPool = Math.Max(maxOnPool, waitingForConnection.Count);
            maxOnThreads = Math.Max(maxOnThreads, waitingForThread.Count);
        }
        return new PoolSizingResult(completed, timeouts, maxOnPool, maxOnThreads, P99(threadWaits), P99(connectionWaits));
    }

    private static long P99(List<long> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values[(int)Math.Ceiling(values.Count * 0.99) - 1];
    }
}
// </PoolSizing>
