namespace UnderLoad.Snippets.Failover;

public sealed record Lease(string Holder, long FencingToken, DateTimeOffset ExpiresAt);

// <LeaseStore>
/// <summary>
/// The coordination service's side (etcd, ZooKeeper, a Kubernetes Lease): one lease, granted to one
/// holder until it expires on the store's clock. Every new grant gets a strictly larger fencing token.
/// </summary>
public sealed class LeaseStore(TimeProvider clock)
{
    private Lease? _current;
    private long _lastToken;

    public Lease? TryAcquire(string node, TimeSpan ttl)
    {
        var now = clock.GetUtcNow();
        if (_current is { } held && held.ExpiresAt > now && held.Holder != node)
            return null;                                      // someone else holds a live lease
        var token = _current?.Holder == node && _current.ExpiresAt > now
            ? _current.FencingToken                           // renewal keeps the token
            : ++_lastToken;                                   // a new term gets a new token
        _current = new Lease(node, token, now + ttl);
        return _current;
    }
}
// </LeaseStore>

// <FencedStorage>
/// <summary>
/// The protected resource checks the token itself: it remembers the highest token it has seen and
/// rejects any write carrying a lower one. A leader that lost its lease while paused cannot do damage,
/// however sure it is that it is still the leader.
/// </summary>
public sealed class FencedStorage
{
    private long _highestToken;
    public List<string> Log { get; } = [];

    public bool Write(long fencingToken, string entry)
    {
        if (fencingToken < _highestToken) return false;
        _highestToken = fencingToken;
        Log.Add(entry);
        return true;
    }
}
// </FencedStorage>

// <LeaderNode>
/// <summary>
/// A node that believes it leads because it was granted the lease. The flaw every
/// lease-based design has: between the check and the write, the process can stall (GC, page fault,
/// VM migration) for longer than the lease.
/// </summary>
public sealed class LeaderNode(string name, LeaseStore store, FencedStorage storage, TimeSpan ttl)
{
    public Lease? Lease { get; private set; }

    public bool TryBecomeLeader() => (Lease = store.TryAcquire(name, ttl)) is not null;

    /// <summary>Checks the lease, then (after whatever pause happens) writes with its token.</summary>
    public bool WriteAsLeader(string entry, Action? pauseAfterCheck = null)
    {
        if (Lease is null) return false;
        pauseAfterCheck?.Invoke();                 // the world moves on here
        return storage.Write(Lease.FencingToken, $"{name}: {entry}");
    }
}
// </LeaderNode>
