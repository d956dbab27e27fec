using System.Text;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Deployment;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.Deployment;

public class RollingUpdateTests
{
    [Fact]
    public void Percentages_round_surge_up_and_unavailable_down()
    {
        var plan = RollingUpdatePlan.From(10);
        Assert.Equal(3, plan.MaxSurge);          // 2.5 rounds up
        Assert.Equal(2, plan.MaxUnavailable);    // 2.5 rounds down
        Assert.Equal(13, plan.MaxPods);
        Assert.Equal(8, plan.MinReady);
        var tiny = RollingUpdatePlan.From(3);
        Assert.Equal((1, 0), (tiny.MaxSurge, tiny.MaxUnavailable));
        Assert.Throws<ArgumentException>(() => RollingUpdatePlan.From(10, "0", "0"));
    }

    [Fact]
    public void Every_wave_respects_the_limits_and_the_settings_trade_speed_for_capacity()
    {
        var sb = new StringBuilder("| replicas | maxSurge | maxUnavailable | waves | peak pods | fewest ready |\n|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (surge, unavailable) in new[] { ("25%", "25%"), ("1", "0"), ("0", "1"), ("100%", "0") })
        {
            var plan = RollingUpdatePlan.From(10, surge, unavailable);
            var waves = plan.Simulate();
            Assert.All(waves, w => Assert.True(w.Total <= plan.MaxPods));
            Assert.All(waves, w => Assert.True(w.OldReady + w.NewReady >= plan.MinReady));
            sb.Append($"| 10 | {surge} | {unavailable} | {waves.Count} | {waves.Max(w => w.Total)} | {waves.Min(w => w.OldReady + w.NewReady)} |\n");
        }
        Assert.Equal(11, RollingUpdatePlan.From(10, "1", "0").Simulate().Count);   // one pod at a time, plus the last removal
        Assert.Equal(1, RollingUpdatePlan.From(10, "100%", "0").Simulate().Count(w => w.NewReady == 0));
        Snapshot.Verify(sb.ToString(), "Waves");
    }

    [Fact]
    public async Task Draining_lets_in_flight_requests_finish_and_refuses_new_ones()
    {
        var clock = new FakeTimeProvider();
        var instance = new DrainingInstance(clock);
        Assert.True(instance.TryBeginRequest());
        Assert.True(instance.TryBeginRequest());

        var drain = instance.DrainAsync(TimeSpan.FromSeconds(30));
        Assert.False(instance.TryBeginRequest());
        instance.EndRequest();
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(drain.IsCompleted);
        instance.EndRequest();

        Assert.Equal(0, await drain.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Grace_period_expiry_reports_the_requests_that_will_be_cut()
    {
        var clock = new FakeTimeProvider();
        var instance = new DrainingInstance(clock);
        instance.TryBeginRequest();                   // a long poll that never ends
        var drain = instance.DrainAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(drain.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await drain.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(0, await new DrainingInstance(clock).DrainAsync(TimeSpan.FromSeconds(30)));
    }
}
