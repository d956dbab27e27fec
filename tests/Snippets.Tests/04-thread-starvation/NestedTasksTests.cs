using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.ThreadStarvation;

namespace UnderLoad.Snippets.Tests.ThreadStarvation;

public class NestedTasksTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5); // a hang fails the test instead of the suite

    [Fact]
    public async Task Two_blocking_parents_on_two_threads_starve_their_own_children_until_the_timeout()
    {
        var time = new FakeTimeProvider();
        using var pool = new FixedThreadPool(2);
        using var bothQueued = new CountdownEvent(2);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);

        // Both threads are held at a gate while both parents are queued: otherwise the first parent could queue its child
        // before the second parent was even submitted, and the idle thread would run that child (one parent, not two,
        // starved). The queue is FIFO, so once the gate opens both parents are taken before either child.
        using var gate = new ManualResetEventSlim();
        var held = Enumerable.Range(0, 2).Select(_ => pool.Factory.StartNew(() => gate.Wait(Guard))).ToArray();
        var parents = new[]
        {
            NestedTasks.BlockingParent(pool, deadline.Token, () => bothQueued.Signal()),
            NestedTasks.BlockingParent(pool, deadline.Token, () => bothQueued.Signal()),
        };
        gate.Set();
        Assert.True(bothQueued.Wait(Guard));
        Assert.All(held, h => Assert.True(h.Wait(Guard)));

        // Both threads are inside parents, both children sit in the queue: no thread can ever run them.
        Assert.Equal(2, pool.QueuedCount);
        Assert.All(parents, p => Assert.False(p.IsCompleted));

        time.Advance(TimeSpan.FromSeconds(30));                      // the only way out is the timeout
        var results = await Task.WhenAll(parents).WaitAsync(Guard);

        Assert.Equal(["timed out", "timed out"], results);
    }

    [Fact]
    public async Task With_a_spare_thread_the_same_code_works_which_is_why_it_passes_in_dev()
    {
        var time = new FakeTimeProvider();
        using var pool = new FixedThreadPool(2);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);

        var result = await NestedTasks.BlockingParent(pool, deadline.Token).WaitAsync(Guard);

        Assert.Equal("child done", result);
    }

    [Fact]
    public async Task Awaiting_parents_complete_on_the_same_two_threads()
    {
        using var pool = new FixedThreadPool(2);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => NestedTasks.AsyncParent(pool))).WaitAsync(Guard);

        Assert.Equal(50, results.Length);
        Assert.All(results, r => Assert.Equal("child done", r));
        Assert.Equal(2, pool.MaximumConcurrencyLevel);
        Assert.Equal(0, pool.QueuedCount);
    }
}
