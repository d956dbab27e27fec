using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.LoadPatterns;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.LoadPatterns;

public class CoDelQueueTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(500); // the client's timeout

    private sealed record Result(int Arrived, int Served, int InBudget, int Shed, TimeSpan P50, TimeSpan P99);

    /// <summary>
    /// 1 ms steps for 5 s: 2 arrivals per ms, 4 workers at 4 ms each (capacity 1 per ms): 2x overload.
    /// A response is goodput if queue wait + service time is within the 500 ms budget.
    /// </summary>
    private static Result Simulate(Func<TimeProvider, IRequestQueue<int>> create, int arrivalsPerMs = 2)
    {
        var time = new FakeTimeProvider();
        var queue = create(time);
        var busyUntil = new long[4];
        var service = TimeSpan.FromMilliseconds(4);
        var latencies = new List<TimeSpan>();
        var arrived = 0;
        for (long ms = 0; ms < 5_000; ms++)
        {
            for (var a = 0; a < arrivalsPerMs; a++) queue.Enqueue(arrived++);
            for (var w = 0; w < busyUntil.Length; w++)
            {
                if (busyUntil[w] > ms || !queue.TryDequeue(out _, out var waited)) continue;
                busyUntil[w] = ms + (long)service.TotalMilliseconds;
                latencies.Add(waited + service);
            }
            time.Advance(TimeSpan.FromMilliseconds(1));
        }
        latencies.Sort();
        return new Result(arrived, latencies.Count, latencies.Count(l => l <= Budget), queue.Shed,
            latencies[latencies.Count / 2], latencies[latencies.Count * 99 / 100]);
    }

    private static CoDelQueue<int> CoDel(TimeProvider t) =>
        new CoDelQueue<int>(t, target: TimeSpan.FromMilliseconds(5), interval: TimeSpan.FromMilliseconds(100));

    [Fact]
    public void Fifo_under_overload_serves_almost_everything_too_late()
    {
        var r = Simulate(t => new FifoQueue<int>(t));
        Assert.Equal(10_000, r.Arrived);
        Assert.InRange(r.Served, 4_990, 5_000);         // the servers are busy all the time...
        Assert.InRange(r.InBudget, 950, 1_050);         // ...but only requests from the first ~500 ms are useful
        Assert.True(r.P50 > TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void CoDel_with_adaptive_lifo_keeps_goodput_at_capacity()
    {
        var r = Simulate(CoDel);
        Assert.InRange(r.InBudget, 4_900, 5_000);       // capacity is 5,000 in 5 s: nearly all of it is goodput
        Assert.Equal(r.Served, r.InBudget);
        Assert.InRange(r.Shed, 4_900, 5_100);           // the excess is refused, quickly
        Assert.True(r.P99 <= TimeSpan.FromMilliseconds(50), $"p99 {r.P99}");
    }

    [Fact]
    public void Below_capacity_nothing_is_shed_and_order_is_fifo()
    {
        var time = new FakeTimeProvider();
        var queue = CoDel(time);
        queue.Enqueue(1);
        queue.Enqueue(2);
        time.Advance(TimeSpan.FromMilliseconds(50));
        Assert.False(queue.Congested);
        Assert.True(queue.TryDequeue(out var first, out var waited));
        Assert.Equal(1, first);
        Assert.Equal(TimeSpan.FromMilliseconds(50), waited);
        Assert.True(queue.TryDequeue(out _, out _));
        Assert.False(queue.TryDequeue(out _, out _));
        Assert.Equal(0, queue.Shed);
        Assert.Equal(0, queue.Count);

        var fifo = new FifoQueue<int>(time);
        Assert.False(fifo.TryDequeue(out _, out var none));
        Assert.Equal(TimeSpan.Zero, none);
        Assert.Equal(0, fifo.Count);
    }

    [Fact]
    public void A_standing_queue_switches_to_lifo_and_short_timeouts()
    {
        var time = new FakeTimeProvider();
        var queue = CoDel(time);
        for (var i = 0; i < 10; i++) queue.Enqueue(i);
        time.Advance(TimeSpan.FromMilliseconds(101));  // not empty for over 100 ms: congested
        Assert.True(queue.Congested);
        queue.Enqueue(100);                            // gets the 5 ms allowance
        Assert.True(queue.TryDequeue(out var newest, out _));
        Assert.Equal(100, newest);                     // LIFO: the newest client is still waiting
        Assert.Equal(10, queue.Shed);                  // the old ones outlived their 100 ms allowance
    }

    [Fact]
    public void Goodput_table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| queue | arrived | served | within 500 ms | shed | p50 latency | p99 latency |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, factory) in new (string, Func<TimeProvider, IRequestQueue<int>>)[]
                 { ("FIFO, unbounded", t => new FifoQueue<int>(t)), ("CoDel + adaptive LIFO", CoDel) })
        {
            var r = Simulate(factory);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {r.Arrived:N0} | {r.Served:N0} | {r.InBudget:N0} | {r.Shed:N0} | {r.P50.TotalMilliseconds:N0} ms | {r.P99.TotalMilliseconds:N0} ms |"));
        }
        Snapshot.Verify(sb.ToString(), "Goodput");
    }
}
