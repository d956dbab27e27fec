using System.Globalization;
using System.Text;
using UnderLoad.Snippets.RequestLifecycle;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.RequestLifecycle;

public class LoadBalancerTests
{
    private const int Requests = 5_000;    // one per ms: 1,000 requests/s for 5 s
    private const long SlowFromMs = 1_000; // backend "b" turns slow after 1 s

    private static Backend[] Backends() => [new("a"), new("b"), new("c"), new("d")];

    /// <summary>10 ms per request, except backend b, which takes 200 ms once it turns slow.</summary>
    private static long Service(Backend backend, long now) =>
        backend.Name == "b" && now >= SlowFromMs ? 200 : 10;

    private static BalancerResult Run(string name, ILoadBalancer balancer) =>
        LoadBalancerSimulation.Run(name, balancer, Backends(), Requests, intervalMs: 1, Service);

    [Fact]
    public void Round_robin_keeps_sending_a_quarter_of_the_traffic_to_the_slow_backend()
    {
        var result = Run("round-robin", new RoundRobin());

        Assert.All(result.RequestsPerBackend.Values, count => Assert.Equal(Requests / 4, count));
        Assert.Equal(200, result.P95Ms); // one request in four is slow
    }

    [Fact]
    public void Least_connections_routes_around_the_slow_backend()
    {
        var result = Run("least-connections", new LeastConnections());

        var afterSlowdown = result.RequestsPerBackend["b"] - (int)(SlowFromMs / 4);
        Assert.InRange(afterSlowdown, 0, (Requests - SlowFromMs) / 20); // under 5% of later traffic
        Assert.True(result.MeanMs < 15, $"mean {result.MeanMs}");
        Assert.Equal(10, result.P95Ms);
    }

    [Fact]
    public void Power_of_two_choices_routes_around_the_slow_backend()
    {
        var result = Run("power-of-two-choices", new PowerOfTwoChoices(new Random(42)));

        var afterSlowdown = result.RequestsPerBackend["b"] - (int)(SlowFromMs / 4);
        Assert.InRange(afterSlowdown, 0, (Requests - SlowFromMs) / 20);
        Assert.True(result.MeanMs < 15, $"mean {result.MeanMs}");
        Assert.Equal(10, result.P95Ms);
    }

    [Fact]
    public void With_equal_backends_every_strategy_spreads_the_load()
    {
        foreach (var balancer in new ILoadBalancer[] { new RoundRobin(), new LeastConnections(), new PowerOfTwoChoices(new Random(7)) })
        {
            var result = LoadBalancerSimulation.Run("equal", balancer, Backends(), 4_000, 1, (_, _) => 10);
            Assert.All(result.RequestsPerBackend.Values, count => Assert.InRange(count, 800, 1_200));
            Assert.Equal(10, result.MaxMs);
        }
    }

    [Fact]
    public void Power_of_two_choices_with_one_backend_picks_it()
    {
        var only = new Backend("only");
        Assert.Same(only, new PowerOfTwoChoices(new Random(1)).Pick([only]));
    }

    [Fact]
    public void Strategies_compared()
    {
        var results = new[]
        {
            Run("round-robin", new RoundRobin()),
            Run("least-connections", new LeastConnections()),
            Run("power-of-two-choices", new PowerOfTwoChoices(new Random(42))),
        };
        var text = new StringBuilder();
        text.AppendLine("| strategy | requests a / b / c / d | b's share | mean | p95 | p99 |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var counts = string.Join(" / ", r.RequestsPerBackend.Values);
            var share = (double)r.RequestsPerBackend["b"] / Requests;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Strategy} | {counts} | {share:P1} | {r.MeanMs:F1} ms | {r.P95Ms} ms | {r.P99Ms} ms |");
        }
        Snapshot.Verify(text.ToString(), "Strategies");
    }
}
