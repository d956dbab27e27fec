namespace UnderLoad.Snippets.LatencyBudgeting;

// <TailAmplification>
public static class TailAmplification
{
    /// <summary>Chance that a request fanning out to <paramref name="n"/> independent backends
    /// waits for at least one slow reply, when each is slow with probability <paramref name="pSlow"/>.</summary>
    public static double AtLeastOneSlow(double pSlow, int n) => 1 - Math.Pow(1 - pSlow, n);

    /// <summary>The per-backend quantile each of <paramref name="n"/> backends must meet so the
    /// fanned-out request still meets <paramref name="targetQuantile"/> (e.g. 0.99).</summary>
    public static double RequiredBackendQuantile(double targetQuantile, int n) =>
        Math.Pow(targetQuantile, 1.0 / n);
}
// </TailAmplification>
