using System.Text;
using UnderLoad.Snippets.ProductionFailures;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ProductionFailures;

public class FullJitterBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    [Fact]
    public void Ceiling_doubles_per_attempt_until_the_cap()
    {
        var backoff = new FullJitterBackoff(Base, Cap, new Random(1));
        Assert.Equal(TimeSpan.FromMilliseconds(100), backoff.Ceiling(0));
        Assert.Equal(TimeSpan.FromMilliseconds(800), backoff.Ceiling(3));
        Assert.Equal(TimeSpan.FromMilliseconds(6_400), backoff.Ceiling(6));
        Assert.Equal(Cap, backoff.Ceiling(7));
        Assert.Equal(Cap, backoff.Ceiling(30));
    }

    [Fact]
    public void Delays_are_uniform_between_zero_and_the_ceiling()
    {
        var backoff = new FullJitterBackoff(Base, Cap, new Random(42));
        const int samples = 20_000;
        var buckets = new int[8]; // attempt 3: ceiling 800 ms, 100 ms buckets
        for (var i = 0; i < samples; i++)
        {
            var d = backoff.NextDelay(3);
            Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(800));
            buckets[(int)(d.TotalMilliseconds / 100)]++;
        }

        // Chi-square against uniform, 7 degrees of freedom: 24.3 is the 0.001 critical value.
        var expected = samples / 8.0;
        var chiSquare = buckets.Sum(b => (b - expected) * (b - expected) / expected);
        Assert.True(chiSquare < 24.3, $"chi-square {chiSquare:0.0}");
        foreach (var b in buckets) Assert.InRange(b, expected * 0.9, expected * 1.1);
    }

    [Fact]
    public void Jitter_spreads_a_synchronised_retry_wave()
    {
        var window = TimeSpan.FromMilliseconds(100);
        var backoff = new FullJitterBackoff(Base, Cap, new Random(7));

        var noJitter = RetryArrivals.PerWindow(1_000, () => backoff.Ceiling(3), window, 10);
        var jittered = RetryArrivals.PerWindow(1_000, () => backoff.NextDelay(3), window, 10);

        Assert.Equal(1_000, noJitter.Max());     // every client retries in the same window
        Assert.Equal(1_000, jittered.Sum());
        Assert.True(jittered.Max() < 160, $"peak {jittered.Max()}"); // about 1,000 / 8 per window
        Assert.Equal(0, jittered[8] + jittered[9]); // nothing past the 800 ms ceiling

        var sb = new StringBuilder();
        sb.AppendLine("| window (ms) | retries, fixed 800 ms backoff | retries, full jitter |");
        sb.AppendLine("|---|---:|---:|");
        for (var i = 0; i < 9; i++)
            sb.AppendLine($"| {i * 100}-{i * 100 + 99} | {noJitter[i]} | {jittered[i]} |");
        Snapshot.Verify(sb.ToString(), "RetryWave");
    }
}
