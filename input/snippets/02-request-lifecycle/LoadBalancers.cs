namespace UnderLoad.Snippets.RequestLifecycle;

// <Backend>
/// <summary>A backend as the balancer sees it: a name and the requests it is serving right now.</summary>
public sealed class Backend(string name)
{
    private int _active;
    public string Name { get; } = name;
    public int Active => Volatile.Read(ref _active);
    public void Begin() => Interlocked.Increment(ref _active);
    public void End() => Interlocked.Decrement(ref _active);
}

public interface ILoadBalancer
{
    Backend Pick(IReadOnlyList<Backend> backends);
}
// </Backend>

// <RoundRobin>
/// <summary>Each backend in turn, whatever it is doing.</summary>
public sealed class RoundRobin : ILoadBalancer
{
    private int _next = -1;

    public Backend Pick(IReadOnlyList<Backend> backends) =>
        backends[(int)((uint)Interlocked.Increment(ref _next) % (uint)backends.Count)];
}
// </RoundRobin>

// <LeastConnections>
/// <summary>
/// The backend with the fewest active requests; ties are taken in turn, starting after the last
/// pick (what NGINX least_conn does with equal weights). O(N) per pick.
/// </summary>
public sealed class LeastConnections : ILoadBalancer
{
    private int _start;

    public Backend Pick(IReadOnlyList<Backend> backends)
    {
        var start = (int)((uint)Interlocked.Increment(ref _start) % (uint)backends.Count);
        var best = backends[start];
        for (var i = 1; i < backends.Count; i++)
        {
            var candidate = backends[(start + i) % backends.Count];
            if (candidate.Active < best.Active) best = candidate;
        }
        return best;
    }
}
// </LeastConnections>

// <PowerOfTwoChoices>
/// <summary>
/// Two distinct backends at random, keep the less busy one (Envoy LEAST_REQUEST's default, choice_count 2).
/// O(1) per pick and, unlike a full scan, it does not herd every balancer onto the same "best" backend.
/// </summary>
public sealed class PowerOfTwoChoices(Random random) : ILoadBalancer
{
    public Backend Pick(IReadOnlyList<Backend> backends)
    {
        if (backends.Count == 1) return backends[0];
        var a = random.Next(backends.Count);
        var b = random.Next(backends.Count - 1);
        if (b >= a) b++;                                  // distinct from a
        return backends[a].Active <= backends[b].Active ? backends[a] : backends[b];
    }
}
// </PowerOfTwoChoices>
