namespace UnderLoad.Snippets.LoadPatterns;

// <Autoscaler>
/// <summary>
/// The Kubernetes HPA algorithm: desired = ceil(current * metric / target), skipped within a tolerance,
/// scale-up at once, scale-down to the highest recommendation of the stabilisation window.
/// </summary>
public sealed class Autoscaler(
    TimeProvider time, double target, int minReplicas, int maxReplicas,
    TimeSpan scaleDownWindow, double tolerance = 0.1)
{
    private readonly int _min = minReplicas;
    private readonly Queue<(DateTimeOffset At, int Replicas)> _recommendations = new();

    public int Replicas { get; private set; } = minReplicas;
    public int Changes { get; private set; }

    /// <summary>One control-loop pass (every 15 s by default); metric is the average across pods.</summary>
    public int Reconcile(double metric)
    {
        var now = time.GetUtcNow();
        var ratio = metric / target;
        var desired = Math.Abs(ratio - 1.0) <= tolerance
            ? Replicas                                             // close enough: do nothing
            : (int)Math.Ceiling(Replicas * ratio);
        desired = Math.Clamp(desired, _min, maxReplicas);

        _recommendations.Enqueue((now, desired));
        while (_recommendations.Peek().At < now - scaleDownWindow) _recommendations.Dequeue();

        // Scaling down uses the highest recommendation in the window, so one quiet sample cannot shrink us.
        var next = desired < Replicas ? _recommendations.Max(r => r.Replicas) : desired;
        if (next != Replicas)
        {
            Replicas = next;
            Changes++;
        }
        return Replicas;
    }
}
// </Autoscaler>
