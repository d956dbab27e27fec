using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.LoadPatterns;

namespace UnderLoad.Snippets.Tests.LoadPatterns;

public class LevelingQueueTests
{
    private static readonly TimeSpan ServiceTime = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task A_burst_is_absorbed_and_drained_at_the_workers_pace()
    {
        var time = new FakeTimeProvider();
        var backend = new FakeBackend(time);
        var queue = new LevelingQueue<int>(capacity: 200, workers: 4, backend.HandleAsync, time);

        for (var i = 0; i < 120; i++) Assert.True(queue.TryEnqueue(i)); // the burst: 120 requests at t = 0

        var ticks = backend.RunUntilIdle(queue, expectedTotal: 120);
        await queue.DrainAsync();

        Assert.Equal(30, ticks);                       // 120 items / 4 workers = 30 service times
        Assert.Equal(120, queue.Completed);
        Assert.Equal(0, queue.Rejected);
        Assert.InRange(queue.MaxDepth, 116, 120);      // workers may already hold up to 4
        Assert.Equal(4, backend.MaxConcurrency);       // the backend never sees more than the pool size
        var waits = queue.QueueWaits.OrderBy(w => w).ToList();
        Assert.Equal(TimeSpan.Zero, waits[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(29 * 50), waits[^1]); // the last one waited 29 service times
        Assert.Equal(TimeSpan.FromMilliseconds(725), TimeSpan.FromTicks((long)waits.Average(w => w.Ticks)));
    }

    [Fact]
    public async Task A_burst_larger_than_the_queue_is_rejected_at_once_not_queued_forever()
    {
        var time = new FakeTimeProvider();
        var backend = new FakeBackend(time);
        var queue = new LevelingQueue<int>(capacity: 100, workers: 4, backend.HandleAsync, time);

        var accepted = Enumerable.Range(0, 300).Count(queue.TryEnqueue);
        backend.RunUntilIdle(queue, expectedTotal: accepted);
        await queue.DrainAsync();

        Assert.InRange(accepted, 100, 104);            // capacity, plus what workers took off meanwhile
        Assert.Equal(300 - accepted, queue.Rejected);
        Assert.Equal(accepted, queue.Completed);
        Assert.Equal(0, queue.Depth);
        Assert.True(queue.QueueWaits.Max() <= TimeSpan.FromMilliseconds(26 * 50));
    }

    /// <summary>A backend that takes 50 ms of fake time per request and counts concurrency.</summary>
    private sealed class FakeBackend(FakeTimeProvider time)
    {
        private int _waiting, _inFlight, _maxConcurrency, _done;

        public int MaxConcurrency => _maxConcurrency;

        public async ValueTask HandleAsync(int item)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxConcurrency, now);
            var delay = Task.Delay(ServiceTime, time);
            Interlocked.Increment(ref _waiting);       // the timer is registered: safe to advance
            await delay;
            Interlocked.Decrement(ref _inFlight);
            Interlocked.Increment(ref _done);
        }

        /// <summary>Advances fake time one service time at a time, once every busy worker waits on its timer.</summary>
        public int RunUntilIdle(LevelingQueue<int> queue, int expectedTotal)
        {
            var ticks = 0;
            while (Volatile.Read(ref _done) < expectedTotal && ticks < 1_000)
            {
                var expectedWaiting = Math.Min(expectedTotal, Volatile.Read(ref _done) + 4);
                Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _waiting) >= expectedWaiting, TimeSpan.FromSeconds(5)),
                    $"workers did not pick up work (waiting {_waiting}, expected {expectedWaiting})");
                var target = Volatile.Read(ref _done) + Math.Min(4, expectedTotal - Volatile.Read(ref _done));
                time.Advance(ServiceTime);
                ticks++;
                Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _done) >= target, TimeSpan.FromSeconds(5)));
            }
            return ticks;
        }

        private static void InterlockedMax(ref int location, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref location)) && Interlocked.CompareExchange(ref location, value, seen) != seen) { }
        }
    }
}
