using System.Collections.Concurrent;

namespace UnderLoad.Snippets.ThreadStarvation;

// <FixedThreadPool>
/// <summary>
/// Java's Executors.newFixedThreadPool(n) as a TaskScheduler: n dedicated threads, one FIFO queue.
/// A waiting thread never runs queued work itself (no inlining), exactly like a Java executor.
/// </summary>
public sealed class FixedThreadPool : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = new();
    private readonly Thread[] _threads;

    public FixedThreadPool(int threads)
    {
        _threads = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            foreach (var task in _queue.GetConsumingEnumerable()) TryExecuteTask(task);
        }) { IsBackground = true, Name = $"fixed-pool-{i}" }).ToArray();
        foreach (var thread in _threads) thread.Start();
        Factory = new TaskFactory(this);
    }

    public TaskFactory Factory { get; }
    public int QueuedCount => _queue.Count;
    public override int MaximumConcurrencyLevel => _threads.Length;

    protected override void QueueTask(Task task) => _queue.Add(task);
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;
    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join(TimeSpan.FromSeconds(5));
        _queue.Dispose();
    }
}
// </FixedThreadPool>
