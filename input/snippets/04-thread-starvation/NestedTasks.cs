namespace UnderLoad.Snippets.ThreadStarvation;

public static class NestedTasks
{
    // <BlockingParent>
    /// <summary>A task that submits a child to its own pool and blocks until the child is done or the deadline passes.</summary>
    public static Task<string> BlockingParent(FixedThreadPool pool, CancellationToken deadline, Action? childQueued = null) =>
        pool.Factory.StartNew(() =>
        {
            var child = pool.Factory.StartNew(() => "child done");  // queued behind whatever is waiting
            childQueued?.Invoke();
            try
            {
                child.Wait(deadline);                               // holds this pool thread while waiting
                deadline.ThrowIfCancellationRequested();            // an answer after the deadline is no answer
                return child.Result;
            }
            catch (OperationCanceledException)
            {
                return "timed out";                                 // Java: future.get(timeout) -> TimeoutException
            }
        });
    // </BlockingParent>

    // <AsyncParent>
    /// <summary>The same work, but the parent awaits: its thread goes back to the pool while the child runs.</summary>
    public static Task<string> AsyncParent(FixedThreadPool pool) =>
        pool.Factory.StartNew(async () =>
        {
            var child = pool.Factory.StartNew(() => "child done");
            return await child;                                     // continuation is queued to the pool later
        }).Unwrap();
    // </AsyncParent>
}
