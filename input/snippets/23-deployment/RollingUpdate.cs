namespace UnderLoad.Snippets.Deployment;

// <RollingUpdatePlan>
/// <summary>
/// The arithmetic of a Kubernetes RollingUpdate. maxSurge percentages round up, maxUnavailable
/// percentages round down (both default to 25%). The controller never runs more than
/// replicas + surge pods and never lets ready pods fall below replicas - unavailable.
/// </summary>
public sealed record RollingUpdatePlan(int Replicas, int MaxSurge, int MaxUnavailable)
{
    public static RollingUpdatePlan From(int replicas, string maxSurge = "25%", string maxUnavailable = "25%")
    {
        var surge = Resolve(maxSurge, replicas, roundUp: true);
        var unavailable = Resolve(maxUnavailable, replicas, roundUp: false);
        if (surge == 0 && unavailable == 0)
            throw new ArgumentException("maxSurge and maxUnavailable cannot both be 0: the rollout could never start.");
        return new RollingUpdatePlan(replicas, surge, unavailable);
    }

    private static int Resolve(string value, int replicas, bool roundUp)
    {
        if (!value.EndsWith('%')) return int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var exact = replicas * double.Parse(value[..^1], System.Globalization.CultureInfo.InvariantCulture) / 100;
        return (int)(roundUp ? Math.Ceiling(exact) : Math.Floor(exact));
    }

    public int MaxPods => Replicas + MaxSurge;
    public int MinReady => Replicas - MaxUnavailable;

    /// <summary>Simulates waves in which new pods take one wave to become ready.</summary>
    public IReadOnlyList<(int OldReady, int NewReady, int Total)> Simulate()
    {
        int oldPods = Replicas, newReady = 0;
        var waves = new List<(int, int, int)>();
        while (oldPods > 0 || newReady < Replicas)
        {
            var kill = Math.Min(oldPods, Math.Max(0, oldPods + newReady - MinReady));
            oldPods -= kill;                                           // scale down old, within MinReady
            var start = Math.Min(Replicas - newReady, MaxPods - oldPods - newReady);
            waves.Add((oldPods, newReady, oldPods + newReady + start)); // peak of this wave
            newReady += start;                                         // they pass readiness
            if (waves.Count > 10 * Replicas) throw new InvalidOperationException("no progress");
        }
        return waves;
    }
}
// </RollingUpdatePlan>

// <ConnectionDraining>
/// <summary>
/// Graceful shutdown of one instance: stop accepting new requests (readiness fails, the load balancer
/// drains it), let in-flight requests finish, and give up after the grace period, which is when
/// Kubernetes would send SIGKILL (terminationGracePeriodSeconds, default 30 s).
/// </summary>
public sealed class DrainingInstance(TimeProvider clock)
{
    private readonly object _gate = new();
    private int _inFlight;
    private bool _draining;
    private TaskCompletionSource? _idle;

    public bool TryBeginRequest()
    {
        lock (_gate)
        {
            if (_draining) return false;   // a 503 the load balancer retries elsewhere
            _inFlight++;
            return true;
        }
    }

    public void EndRequest()
    {
        lock (_gate)
        {
            if (--_inFlight == 0) _idle?.TrySetResult();
        }
    }

    /// <summary>Returns how many requests were still running when the grace period ran out.</summary>
    public async Task<int> DrainAsync(TimeSpan grace)
    {
        Task idle;
        lock (_gate)
        {
            _draining = true;
            if (_inFlight == 0) return 0;
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idle = _idle.Task;
        }
        using var timeout = new CancellationTokenSource();
        var deadline = Task.Delay(grace, clock, timeout.Token);
        await Task.WhenAny(idle, deadline);
        timeout.Cancel();
        lock (_gate) return _inFlight;
    }
}
// </ConnectionDraining>
