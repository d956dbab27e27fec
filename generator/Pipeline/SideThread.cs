namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Work a build does beside the pages (the layouts parsed, esbuild waited for, the archive deflated) on a thread of
/// its own. On the thread pool it held one of the pool's threads (two on a 2-core machine) for its whole run, a
/// blocking wait for esbuild included, so the pages' Parallel.For ran on the calling thread alone until the pool
/// added threads.
/// </summary>
public static class SideThread
{
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static Task Start(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
