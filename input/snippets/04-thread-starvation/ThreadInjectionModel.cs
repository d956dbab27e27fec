namespace UnderLoad.Snippets.ThreadStarvation;

public enum Injection
{
    /// <summary>Only the starvation detector: a gate thread checks every 500 ms and adds one thread.</summary>
    StarvationOnly,
    /// <summary>.NET 6+ default for threads blocked in Task.Wait/Result: add threads without delay, then with growing delays.</summary>
    CooperativeBlocking,
}

public sealed record InjectionResult(string Name, int PeakThreads, long AllDoneMs, double MeanLatencyMs);

// <ThreadInjectionModel>
/// <summary>
/// A millisecond-step model of the .NET thread pool serving a burst of requests that each wait
/// <c>ioMs</c> on IO. Blocking requests hold their thread for the whole wait; async ones hold none.
/// Injection follows the runtime's documented knobs (defaults: MinThreads = processors,
/// ThreadsToAddWithoutDelay = 1 x processors, ThreadsPerDelayStep = 1 x processors,
/// DelayStepMs = 25, MaxDelayMs = 250; starvation gate every 500 ms).
/// </summary>
public static class ThreadInjectionModel
{
    public static InjectionResult Run(string name, int processors, int requests, int ioMs, bool blocking, Injection injection)
    {
        int threads = processors, busy = 0, queued = requests, peak = threads;
        long lastInjection = 0, t = 0, latencySum = 0;
        var finishing = new PriorityQueue<int, long>();
        var done = 0;

        for (; done < requests && t < 600_000; t++)
        {
            while (finishing.TryPeek(out _, out var at) && at <= t)
            {
                finishing.Dequeue();
                done++;
                latencySum += t;                                  // all requests arrived at t = 0
                if (blocking) busy--;
            }
            while (queued > 0 && (!blocking || busy < threads))  // an async request needs a thread only to start
            {
                queued--;
                if (blocking) busy++;
                finishing.Enqueue(0, t + ioMs);
            }
            if (queued > 0 && t - lastInjection >= DelayBeforeNextThread(threads - processors, processors, injection))
            {
                threads++;
                lastInjection = t;
                peak = Math.Max(peak, threads);
            }
        }
        return new InjectionResult(name, peak, t - 1, (double)latencySum / requests);
    }

    /// <summary>How long the pool waits before adding one more thread, given how many it already added.</summary>
    public static long DelayBeforeNextThread(int added, int processors, Injection injection)
    {
        if (injection == Injection.StarvationOnly) return 500;
        if (added < processors) return 0;                              // ThreadsToAddWithoutDelay
        var steps = (added - processors) / processors + 1;             // one more DelayStepMs per ThreadsPerDelayStep
        return Math.Min(25L * steps, 250);
    }
}
// </ThreadInjectionModel>
