using UnderLoad.Snippets.Deployment;

namespace UnderLoad.Snippets.Tests.Deployment;

public class AbTestTests
{
    private static readonly (string, double)[] FiftyFifty = [("control", 0.5), ("treatment", 0.5)];

    [Fact]
    public void Assignment_is_sticky_and_matches_the_designed_split()
    {
        var ab = new AbAssignment("checkout-button", FiftyFifty);
        var users = Enumerable.Range(0, 100_000).Select(i => $"u{i}").ToArray();
        var first = users.Select(ab.Assign).ToArray();
        Assert.Equal(first, users.Select(ab.Assign).ToArray());

        long control = first.Count(v => v == "control"), treatment = first.Length - control;
        var (_, p) = SampleRatioMismatch.Test([control, treatment], [0.5, 0.5]);
        Assert.True(p > 0.001, $"healthy assignment flagged: p={p}");
    }

    [Fact]
    public void Losing_a_few_percent_of_one_arm_is_a_sample_ratio_mismatch()
    {
        var ab = new AbAssignment("checkout-button", FiftyFifty);
        var rng = new Random(5);
        long control = 0, treatment = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var v = ab.Assign($"u{i}");
            if (v == "control") control++;
            else if (rng.NextDouble() >= 0.03) treatment++;   // treatment page crashes before logging for 3%
        }
        var (chi2, p) = SampleRatioMismatch.Test([control, treatment], [0.5, 0.5]);
        Assert.True(chi2 > 10.83);
        Assert.True(p < 0.001, $"p={p}");
    }

    [Fact]
    public void Three_arms_with_uneven_weights()
    {
        var ab = new AbAssignment("pricing", [("a", 0.8), ("b", 0.1), ("c", 0.1)]);
        var counts = Enumerable.Range(0, 60_000).Select(i => ab.Assign($"u{i}"))
            .GroupBy(v => v).OrderBy(g => g.Key).Select(g => (long)g.Count()).ToArray();
        var (_, p) = SampleRatioMismatch.Test(counts, [0.8, 0.1, 0.1]);
        Assert.True(p > 0.001);
        var (_, skewed) = SampleRatioMismatch.Test(counts, [0.7, 0.15, 0.15]);
        Assert.True(skewed < 1e-9);
        Assert.Equal("c", new AbAssignment("x", [("a", 0.0), ("c", 0.0)]).Assign("u1"));
    }
}
