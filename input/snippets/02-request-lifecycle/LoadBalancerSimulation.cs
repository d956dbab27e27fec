namespace UnderLoad.Snippets.RequestLifecycle;

public sealed record BalancerResult(
    string Strategy, IReadOnlyDictionary<string, int> RequestsPerBackend, double MeanMs, long P95Ms, long P99Ms, long MaxMs);

// <Simulation>
/// <summary>
/// Discrete-event simulation on a virtual millisecond clock: one request arrives every
/// <c>intervalMs</c>; each backend serves requests concurrently and takes <c>serviceMs(backend, now)</c>.
/// Completions due by "now" are processed before the next pick, so balancers see live active counts.
/// </summary>
public static class LoadBalancerSimulation
{
    public static BalancerResult Run(
        string strategy, ILoadBalancer balancer, IReadOnlyList<Backend> backends,
        int requests, int intervalMs, Func<Backend, long, long> serviceMs)
    {
        var completions = new PriorityQueue<Backend, long>();
        var perBackend = backends.ToDictionary(b => b.Name, _ => 0);
        var latencies = new long[requests];

        for (var i = 0; i < requests; i++)
        {
            long now = (long)i * intervalMs;
            while (completions.TryPeek(out var done, out var at) && at <= now)
            {
                completions.Dequeue();
                done.End();
            }

            var backend = balancer.Pick(backends);
            backend.Begin();
            perBackend[backend.Name]++;
            latencies[i] = serviceMs(backend, now);
            completions.Enqueue(backend, now + latencies[i]);
        }

        Array.Sort(latencies);
        long Percentile(double p) => latencies[(int)Math.Ceiling(requests * p) - 1];
        return new BalancerResult(strategy, perBackend, latencies.Average(), Percentile(0.95), Percentile(0.99), latencies[^1]);
    }
}
// </Simulation>
