using System.Globalization;
using System.Text;
using UnderLoad.Snippets.LatencyBudgeting;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.LatencyBudgeting;

public class LogHistogramTests
{
    private static long ExactPercentile(long[] sorted, double p) =>
        sorted[Math.Max(1, (long)Math.Ceiling(p / 100.0 * sorted.Length)) - 1];

    [Theory]
    [InlineData(7)]
    [InlineData(4)]
    public void Percentiles_are_within_the_relative_error_of_an_exact_sort(int precisionBits)
    {
        var rng = new Random(42);
        var h = new LogHistogram(precisionBits);
        var values = new long[100_000];
        for (int i = 0; i < values.Length; i++)
        {
            // log-normal latencies in microseconds, median ~20 ms, long tail
            double normal = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            values[i] = (long)Math.Exp(Math.Log(20_000) + 0.8 * normal);
            h.Record(values[i]);
        }
        Array.Sort(values);

        foreach (var p in new[] { 1, 50.0, 90, 99, 99.9, 99.99, 100 })
        {
            long exact = ExactPercentile(values, p);
            long reported = h.ValueAtPercentile(p);
            Assert.InRange(reported, exact, exact + (long)(exact * h.RelativeError));
        }
        Assert.Equal(values[^1], h.Max);
        Assert.Equal(values.Length, h.Count);
    }

    [Fact]
    public void Small_values_are_exact_and_large_values_keep_their_precision()
    {
        var h = new LogHistogram();
        foreach (var v in new long[] { 0, 1, 255 }) h.Record(v);
        Assert.Equal(0, h.ValueAtPercentile(30));
        Assert.Equal(1, h.ValueAtPercentile(60));
        Assert.Equal(255, h.ValueAtPercentile(100));

        var big = new LogHistogram();
        big.Record(1_000_000_007);
        big.Record(long.MaxValue / 3);
        long p50 = big.ValueAtPercentile(50);
        Assert.InRange(p50, 1_000_000_007, 1_000_000_007 * (1 + 1.0 / 128));
        Assert.Equal(long.MaxValue / 3, big.ValueAtPercentile(100));
    }

    [Fact]
    public void Rejects_bad_input()
    {
        var h = new LogHistogram();
        Assert.Throws<InvalidOperationException>(() => h.ValueAtPercentile(50));
        Assert.Throws<ArgumentOutOfRangeException>(() => h.Record(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => h.ValueAtPercentile(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogHistogram(0));
        Assert.Equal(0, h.Mean);
    }

    [Fact]
    public void The_mean_hides_the_tail()
    {
        // 1,000 requests: 980 fast (20 ms), 20 stuck behind a slow dependency (1,000 ms)
        var h = new LogHistogram();
        for (int i = 0; i < 980; i++) h.Record(20);
        for (int i = 0; i < 20; i++) h.Record(1_000);

        var sb = new StringBuilder();
        sb.AppendLine("| statistic | value (ms) |");
        sb.AppendLine("|---|---:|");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| mean | {h.Mean:0.0} |");
        foreach (var p in new[] { 50.0, 90, 98, 99, 99.9 })
            sb.AppendLine(CultureInfo.InvariantCulture, $"| p{p} | {h.ValueAtPercentile(p)} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| max | {h.Max} |");

        Assert.Equal(39.6, h.Mean, 3);
        Assert.Equal(20, h.ValueAtPercentile(98));
        Assert.InRange(h.ValueAtPercentile(99), 1_000, 1_007);
        Snapshot.Verify(sb.ToString(), "MeanVsTail");
    }
}
