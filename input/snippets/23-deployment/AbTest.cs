namespace UnderLoad.Snippets.Deployment;

// <AbAssignment>
/// <summary>
/// Deterministic experiment assignment: hash(experiment, user) picks a variant by weight, so a user
/// sees the same variant on every request and every server, and two experiments are independent.
/// </summary>
public sealed class AbAssignment(string experiment, IReadOnlyList<(string Variant, double Weight)> variants)
{
    public string Assign(string userId)
    {
        var u = (WeightedRouter.Fnv1a($"{experiment}:{userId}") >> 11) * (1.0 / (1UL << 53)); // [0,1)
        var cumulative = 0.0;
        foreach (var (variant, weight) in variants)
        {
            cumulative += weight;
            if (u < cumulative) return variant;
        }
        return variants[^1].Variant;
    }
}
// </AbAssignment>

// <SampleRatioMismatch>
/// <summary>
/// Sample-ratio-mismatch check: a chi-square goodness-of-fit test of the users counted per variant
/// against the designed split. A tiny p-value (the usual threshold is 0.001) means assignment or
/// logging is broken, and the experiment's results must not be trusted.
/// </summary>
public static class SampleRatioMismatch
{
    public static (double ChiSquare, double PValue) Test(IReadOnlyList<long> observed, IReadOnlyList<double> weights)
    {
        var total = observed.Sum();
        var chi2 = 0.0;
        for (var i = 0; i < observed.Count; i++)
        {
            var expected = total * weights[i];
            chi2 += (observed[i] - expected) * (observed[i] - expected) / expected;
        }
        return (chi2, Stats.ChiSquareSurvival(chi2, observed.Count - 1));
    }
}
// </SampleRatioMismatch>
