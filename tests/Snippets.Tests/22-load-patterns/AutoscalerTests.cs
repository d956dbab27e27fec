using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.LoadPatterns;

namespace UnderLoad.Snippets.Tests.LoadPatterns;

public class AutoscalerTests
{
    private static readonly TimeSpan SyncPeriod = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Fact]
    public void Applies_the_hpa_formula()
    {
        var hpa = new Autoscaler(new FakeTimeProvider(), target: 0.6, minReplicas: 4, maxReplicas: 50, FiveMinutes);

        Assert.Equal(8, hpa.Reconcile(1.2));           // ceil(4 * 1.2 / 0.6) = 8
        Assert.Equal(8, hpa.Reconcile(0.64));          // ratio 1.07: within the 10% tolerance
        Assert.Equal(11, hpa.Reconcile(0.8));          // ceil(8 * 0.8 / 0.6) = ceil(10.67) = 11
        Assert.Equal(50, hpa.Reconcile(6.0));          // clamped to maxReplicas
    }

    [Fact]
    public void A_noisy_signal_does_not_make_it_flap()
    {
        var withWindow = Run(FiveMinutes);
        var withoutWindow = Run(TimeSpan.Zero);

        Assert.InRange(withWindow, 1, 3);              // the first scale-up and at most two steps up
        Assert.True(withoutWindow >= 20, $"{withoutWindow} changes without a window");
    }

    [Fact]
    public void Scales_up_at_once_and_down_only_after_the_window()
    {
        var time = new FakeTimeProvider();
        var hpa = new Autoscaler(time, target: 0.6, minReplicas: 2, maxReplicas: 50, FiveMinutes);
        double demand = 6.0; // CPU cores of work; utilisation = demand / replicas
        void Tick() { time.Advance(SyncPeriod); hpa.Reconcile(demand / hpa.Replicas); }

        for (var i = 0; i < 40; i++) Tick();
        Assert.Equal(10, hpa.Replicas);                // ceil(6 / 0.6)

        demand = 12.0;
        Tick();
        Assert.Equal(20, hpa.Replicas);                // one step: scale-up has no window

        demand = 3.0;
        for (var i = 0; i < 20; i++) Tick();           // 300 s of low load: 20 is still in the window
        Assert.Equal(20, hpa.Replicas);
        Tick();                                        // 315 s: the last high recommendation has aged out
        Assert.Equal(5, hpa.Replicas);                 // ceil(20 * (3 / 20) / 0.6), in one step
    }

    /// <summary>30 minutes of demand around 6 cores with +-15% noise, target 60% CPU. Returns replica changes.</summary>
    private static int Run(TimeSpan window)
    {
        var time = new FakeTimeProvider();
        var hpa = new Autoscaler(time, target: 0.6, minReplicas: 1, maxReplicas: 50, window);
        var noise = new Random(11);
        for (var i = 0; i < 120; i++)
        {
            time.Advance(SyncPeriod);
            var demand = 6.0 * (1 + (noise.NextDouble() * 0.3 - 0.15));
            hpa.Reconcile(demand / hpa.Replicas);
        }
        return hpa.Changes;
    }
}
