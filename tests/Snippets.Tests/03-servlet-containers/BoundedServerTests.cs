using System.Text;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.ServletContainers;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ServletContainers;

public class BoundedServerTests
{
    private const int Threads = 10;
    private static readonly TimeSpan Service = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(1);

    /// <summary>One request every <paramref name="intervalMs"/> for 10 s of fake time, then drain.</summary>
    private static ServerStats Run(int acceptCount, int intervalMs, bool discardExpired = false)
    {
        var time = new FakeTimeProvider();
        var server = new BoundedServer(Threads, acceptCount, Service, ClientTimeout, time, discardExpired);
        for (var t = 0; t < 10_000; t++)
        {
            if (t % intervalMs == 0) server.Offer();
            time.Advance(TimeSpan.FromMilliseconds(1));
        }
        for (var i = 0; i < 100_000 && (server.Busy > 0 || server.Queued > 0); i++)
            time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, server.Busy + server.Queued);
        return server.Stats();
    }

    [Fact]
    public void Capacity_is_threads_over_service_time()
    {
        Assert.Equal(100, BoundedServer.CapacityPerSecond(Threads, Service));
        Assert.Equal(2_000, BoundedServer.CapacityPerSecond(200, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public void Below_capacity_nothing_waits()
    {
        var stats = Run(acceptCount: 20, intervalMs: 12);              // 83 requests/s

        Assert.Equal(stats.Offered, stats.Completed);
        Assert.Equal(TimeSpan.Zero, stats.MaxWait);
        Assert.Equal(0, stats.MaxQueued);
    }

    [Fact]
    public void Above_capacity_a_small_queue_fills_then_refuses()
    {
        var stats = Run(acceptCount: 20, intervalMs: 8);               // 125 requests/s

        Assert.Equal(20, stats.MaxQueued);
        Assert.InRange(stats.MaxWait.TotalMilliseconds, 190, 210);     // 20 queued / 100 per s = 200 ms
        Assert.Equal(0, stats.TimedOut);
        Assert.InRange(stats.Refused, 200, 250);                      // the 25/s above capacity, after the queue filled
        Assert.Equal(stats.Offered, stats.Completed + stats.Refused);
    }

    [Fact]
    public void Above_capacity_a_huge_queue_turns_into_timeouts_and_wasted_work()
    {
        var stats = Run(acceptCount: 10_000, intervalMs: 8);

        Assert.Equal(0, stats.Refused);
        Assert.True(stats.MaxWait > TimeSpan.FromSeconds(2), $"max wait {stats.MaxWait}");
        Assert.True(stats.TimedOut > stats.Completed, $"{stats.TimedOut} timed out, {stats.Completed} completed");
        Assert.Equal(stats.TimedOut, stats.WastedWork);                // every timed-out request still cost 100 ms
    }

    [Fact]
    public void Shedding_requests_that_cannot_finish_in_time_restores_goodput()
    {
        var wasteful = Run(acceptCount: 10_000, intervalMs: 8);
        var shedding = Run(acceptCount: 10_000, intervalMs: 8, discardExpired: true);

        Assert.Equal(0, shedding.WastedWork);
        Assert.True(shedding.Completed > 2 * wasteful.Completed, $"{shedding.Completed} vs {wasteful.Completed}");
        Assert.True(shedding.MaxWait <= ClientTimeout - Service);
    }

    [Fact]
    public void Scenarios_compared()
    {
        var rows = new (string Name, ServerStats Stats)[]
        {
            ("83/s, queue 20", Run(20, 12)),
            ("125/s, queue 20", Run(20, 8)),
            ("125/s, queue 10000", Run(10_000, 8)),
            ("125/s, queue 10000, shed expired", Run(10_000, 8, discardExpired: true)),
        };
        var text = new StringBuilder();
        text.AppendLine("| load (capacity 100/s) | offered | completed in time | timed out | refused | wasted work | max queued | p99 wait |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, s) in rows)
            text.AppendLine($"| {name} | {s.Offered} | {s.Completed} | {s.TimedOut} | {s.Refused} | {s.WastedWork} | {s.MaxQueued} | {s.P99Wait.TotalMilliseconds:0} ms |");
        Snapshot.Verify(text.ToString(), "Scenarios");
    }
}
