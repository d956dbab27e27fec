namespace UnderLoad.Snippets.Failover;

public sealed record Replica(string Name, long ReplayedPosition, TimeSpan Lag);

// <ReadAfterWriteRouter>
/// <summary>
/// Routes reads across a primary and its read replicas. A replica is eligible for a request if it
/// has replayed past the caller's last write position (read-after-write) and its lag is under the
/// pool's limit (so no one reads data that is minutes old); otherwise the read goes to the primary.
/// </summary>
public sealed class ReadAfterWriteRouter(TimeSpan maxLag)
{
    private int _next;

    public string Route(IReadOnlyList<Replica> replicas, long? lastWritePosition)
    {
        var eligible = replicas
            .Where(r => r.Lag <= maxLag && r.ReplayedPosition >= (lastWritePosition ?? 0))
            .ToArray();
        if (eligible.Length == 0) return "primary";
        return eligible[_next++ % eligible.Length].Name;   // round-robin over the healthy ones
    }
}
// </ReadAfterWriteRouter>
