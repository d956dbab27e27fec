using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Deployment;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.Deployment;

public class CanaryAnalysisTests
{
    [Fact]
    public void Normal_and_chi_square_tails_match_the_textbook_values()
    {
        Assert.Equal(0.05, Stats.ChiSquareSurvival(3.841459, 1), 5);
        Assert.Equal(0.05, Stats.ChiSquareSurvival(5.991465, 2), 5);
        Assert.Equal(0.001, Stats.ChiSquareSurvival(10.827566, 1), 6);
        Assert.Equal(0.05, Stats.ChiSquareSurvival(18.307038, 10), 5);
        Assert.Equal(0.01, Stats.NormalSurvival(2.326348), 5);
        Assert.Equal(0.99, Stats.NormalSurvival(-2.326348), 5);
        Assert.Equal(1.0, Stats.ChiSquareSurvival(0, 3));
    }

    [Fact]
    public void Analysis_waits_for_traffic_then_separates_noise_from_a_real_regression()
    {
        var analysis = new CanaryAnalysis(alpha: 0.01, minRequests: 1_000);
        Assert.Equal(CanaryVerdict.Continue, analysis.Judge(new(50_000, 250), new(400, 10)).Verdict);

        // 0.5% vs 0.6%: within noise at these volumes.
        Assert.Equal(CanaryVerdict.Promote, analysis.Judge(new(50_000, 250), new(2_500, 15)).Verdict);
        // 0.5% vs 1.5%: a regression.
        var (verdict, p) = analysis.Judge(new(50_000, 250), new(2_500, 38));
        Assert.Equal(CanaryVerdict.Rollback, verdict);
        Assert.True(p < 1e-6);
        // A canary with no errors at all is never rolled back.
        Assert.Equal(CanaryVerdict.Promote, analysis.Judge(new(5_000, 0), new(5_000, 0)).Verdict);
    }

    private static (Cohort Baseline, Cohort Canary) Traffic(Random rng, WeightedRouter router, double canaryErrorRate)
    {
        long bReq = 0, bErr = 0, cReq = 0, cErr = 0;
        for (var i = 0; i < 20_000; i++)
        {
            if (router.Route($"u{rng.Next(1_000_000)}") == "canary") { cReq++; if (rng.NextDouble() < canaryErrorRate) cErr++; }
            else { bReq++; if (rng.NextDouble() < 0.005) bErr++; }
        }
        return (new(bReq, bErr), new(cReq, cErr));
    }

    private static CanaryRollout Rollout(FakeTimeProvider clock, WeightedRouter router) =>
        new(router, new CanaryAnalysis(), clock, [100, 500, 2_500, 5_000], bake: TimeSpan.FromMinutes(10));

    [Fact]
    public void Healthy_canary_is_promoted_step_by_step_after_each_bake_time()
    {
        var clock = new FakeTimeProvider();
        var router = new WeightedRouter("r1");
        var rollout = Rollout(clock, router);
        var rng = new Random(11);
        rollout.Start();
        Assert.Equal(100, router.CanaryBasisPoints);

        for (var minute = 0; minute < 120 && rollout.State == "progressing"; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var (b, c) = Traffic(rng, router, canaryErrorRate: 0.005);
            rollout.Evaluate(b, c);
        }

        Assert.Equal("promoted", rollout.State);
        Assert.Equal(10_000, router.CanaryBasisPoints);
        Snapshot.Verify(string.Join("\n", rollout.History), "Promoted");
    }

    [Fact]
    public void Bad_canary_is_rolled_back_and_gets_no_more_traffic()
    {
        var clock = new FakeTimeProvider();
        var router = new WeightedRouter("r2");
        var rollout = Rollout(clock, router);
        var rng = new Random(12);
        rollout.Start();

        for (var minute = 0; minute < 120 && rollout.State == "progressing"; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var (b, c) = Traffic(rng, router, canaryErrorRate: 0.03);
            rollout.Evaluate(b, c);
        }

        Assert.Equal("rolled back", rollout.State);
        Assert.Equal(0, router.CanaryBasisPoints);
        Assert.Equal("stable", router.Route("anyone"));
        rollout.Evaluate(new(1, 0), new(1, 0));   // ignored once finished
        Assert.Equal("rolled back", rollout.State);
        Snapshot.Verify(string.Join("\n", rollout.History), "RolledBack");
    }
}
