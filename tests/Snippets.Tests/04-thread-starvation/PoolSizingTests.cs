using System.Text;
using UnderLoad.Snippets.ThreadStarvation;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ThreadStarvation;

public class PoolSizingTests
{
    // HikariCP defaults: 10 connections, 30 s connectionTimeout. Tomcat default: 200 threads. 50 ms per query.
    private static PoolSizingResult Run(int threads, int intervalMs, int connectionTimeoutMs = 30_000) =>
        PoolSizing.Run(threads, connections: 10, queryMs: 50, connectionTimeoutMs, intervalMs, durationMs: 10_000);

    [Fact]
    public void Below_the_pools_capacity_nobody_waits()
    {
        var r = Run(threads: 200, intervalMs: 10);                  // 100 requests/s, capacity 10 / 0.05 s = 200/s

        Assert.Equal(1_000, r.Completed);
        Assert.Equal(0, r.P99ConnectionWaitMs);
        Assert.Equal(0, r.MaxThreadsWaitingForConnection);
    }

    [Fact]
    public void Above_it_the_worker_threads_pile_up_on_the_connection_pool()
    {
        var r = Run(threads: 200, intervalMs: 4);                   // 250 requests/s

        Assert.Equal(190, r.MaxThreadsWaitingForConnection);       // every thread but ten is parked in getConnection()
        Assert.True(r.MaxWaitingForThread > 0, "and then requests queue for threads as well");
        Assert.True(r.P99ConnectionWaitMs > 900, $"{r.P99ConnectionWaitMs} ms");
        Assert.Equal(0, r.PoolTimeouts);
    }

    [Fact]
    public void Matching_threads_to_connections_moves_the_wait_without_losing_throughput()
    {
        var big = Run(threads: 200, intervalMs: 4);
        var small = Run(threads: 10, intervalMs: 4);

        Assert.Equal(big.Completed, small.Completed);
        Assert.Equal(0, small.MaxThreadsWaitingForConnection);
        Assert.Equal(0, small.P99ConnectionWaitMs);
    }

    [Fact]
    public void A_short_connection_timeout_turns_the_pool_queue_into_errors()
    {
        var r = Run(threads: 200, intervalMs: 4, connectionTimeoutMs: 500);

        Assert.True(r.PoolTimeouts > 0);
        Assert.True(r.P99ConnectionWaitMs < 500);
    }

    [Fact]
    public void Scenarios_compared()
    {
        var rows = new (string Name, PoolSizingResult R)[]
        {
            ("100/s, 200 threads", Run(200, 10)),
            ("250/s, 200 threads", Run(200, 4)),
            ("250/s, 10 threads", Run(10, 4)),
            ("250/s, 200 threads, connectionTimeout 500 ms", Run(200, 4, 500)),
        };
        var text = new StringBuilder();
        text.AppendLine("| load (10 connections, 50 ms queries: 200/s) | completed | pool timeouts | threads parked on the pool (max) | requests waiting for a thread (max) | p99 wait for a thread | p99 wait for a connection |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (name, r) in rows)
            text.AppendLine($"| {name} | {r.Completed} | {r.PoolTimeouts} | {r.MaxThreadsWaitingForConnection} | {r.MaxWaitingForThread} | {r.P99ThreadWaitMs} ms | {r.P99ConnectionWaitMs} ms |");
        Snapshot.Verify(text.ToString(), "Scenarios");
    }
}
