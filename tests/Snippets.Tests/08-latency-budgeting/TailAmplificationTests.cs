using System.Globalization;
using System.Text;
using UnderLoad.Snippets.LatencyBudgeting;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.LatencyBudgeting;

public class TailAmplificationTests
{
    [Fact]
    public void Formula_matches_the_known_values()
    {
        Assert.Equal(0.01, TailAmplification.AtLeastOneSlow(0.01, 1), 12);
        Assert.Equal(0.634, TailAmplification.AtLeastOneSlow(0.01, 100), 3);
        Assert.Equal(0.9999, TailAmplification.RequiredBackendQuantile(0.99, 100), 4);
    }

    [Fact]
    public void Simulated_fan_out_agrees_with_the_formula()
    {
        var rng = new Random(7);
        const int requests = 20_000, fanOut = 100;
        int slowRequests = 0;
        for (int r = 0; r < requests; r++)
        {
            bool anySlow = false;
            for (int c = 0; c < fanOut; c++) anySlow |= rng.NextDouble() < 0.01;
            if (anySlow) slowRequests++;
        }
        double observed = (double)slowRequests / requests;
        Assert.InRange(observed, 0.62, 0.65); // formula: 0.634
    }

    [Fact]
    public void Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| backends per request (N) | requests that hit a backend's p99 tail | backend percentile needed for a p99 request |");
        sb.AppendLine("|---:|---:|---:|");
        foreach (var n in new[] { 1, 5, 10, 50, 100 })
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {n} | {TailAmplification.AtLeastOneSlow(0.01, n):P1} | p{100 * TailAmplification.RequiredBackendQuantile(0.99, n):0.###} |");
        Snapshot.Verify(sb.ToString(), "FanOut");
    }
}
