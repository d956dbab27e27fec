namespace UnderLoad.Snippets.Deployment;

public enum CanaryVerdict { Continue, Promote, Rollback }

public sealed record Cohort(long Requests, long Errors)
{
    public double ErrorRate => Requests == 0 ? 0 : (double)Errors / Requests;
}

// <CanaryAnalysis>
/// <summary>
/// Compares the canary's error rate with the baseline's over the same window with a one-sided
/// two-proportion z-test. Roll back when the canary is worse with p below alpha; wait while there
/// is too little traffic to tell; otherwise the step passes.
/// </summary>
public sealed class CanaryAnalysis(double alpha = 0.01, long minRequests = 1_000)
{
    public (CanaryVerdict Verdict, double PValue) Judge(Cohort baseline, Cohort canary)
    {
        if (canary.Requests < minRequests || baseline.Requests < minRequests)
            return (CanaryVerdict.Continue, double.NaN);

        var pooled = (double)(baseline.Errors + canary.Errors) / (baseline.Requests + canary.Requests);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / baseline.Requests + 1.0 / canary.Requests));
        var z = se == 0 ? 0 : (canary.ErrorRate - baseline.ErrorRate) / se;
        var p = Stats.NormalSurvival(z);
        return (p < alpha ? CanaryVerdict.Rollback : CanaryVerdict.Promote, p);
    }
}
// </CanaryAnalysis>

// <CanaryRollout>
/// <summary>
/// Walks the canary through traffic steps. Each step must bake for a minimum time on the injected
/// clock and pass analysis before the weight goes up; a failed analysis sets the weight to zero.
/// </summary>
public sealed class CanaryRollout(WeightedRouter router, CanaryAnalysis analysis, TimeProvider clock,
    int[] stepsBasisPoints, TimeSpan bake)
{
    private int _step = -1;
    private DateTimeOffset _stepStarted;
    private Cohort _baseline = new(0, 0), _canary = new(0, 0);

    public string State { get; private set; } = "pending";
    public List<string> History { get; } = [];

    public void Start() => Advance();

    /// <summary>Called every interval with the requests and errors each cohort served in it.</summary>
    public void Evaluate(Cohort baseline, Cohort canary)
    {
        if (State != "progressing") return;
        _baseline = new(_baseline.Requests + baseline.Requests, _baseline.Errors + baseline.Errors);
        _canary = new(_canary.Requests + canary.Requests, _canary.Errors + canary.Errors);
        (baseline, canary) = (_baseline, _canary);   // judge everything seen since this step began
        var (verdict, p) = analysis.Judge(baseline, canary);
        if (verdict == CanaryVerdict.Rollback)
        {
            History.Add(FormattableString.Invariant(
                $"rollback at {router.CanaryBasisPoints / 100.0:0.##}%: canary {canary.ErrorRate:P2} vs baseline {baseline.ErrorRate:P2}, p={p:G2}"));
            router.CanaryBasisPoints = 0;
            State = "rolled back";
            return;
        }
        if (verdict == CanaryVerdict.Promote && clock.GetUtcNow() - _stepStarted >= bake) Advance();
    }

    private void Advance()
    {
        _step++;
        if (_step == stepsBasisPoints.Length)
        {
            router.CanaryBasisPoints = WeightedRouter.Buckets;   // all traffic: the canary is the new stable
            State = "promoted";
            History.Add("promoted: 100%");
            return;
        }
        router.CanaryBasisPoints = stepsBasisPoints[_step];
        _stepStarted = clock.GetUtcNow();
        (_baseline, _canary) = (new(0, 0), new(0, 0));
        State = "progressing";
        History.Add(FormattableString.Invariant($"weight {stepsBasisPoints[_step] / 100.0:0.##}%"));
    }
}
// </CanaryRollout>
