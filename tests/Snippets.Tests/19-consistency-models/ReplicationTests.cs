using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.ConsistencyModels;

namespace UnderLoad.Snippets.Tests.ConsistencyModels;

public class ReplicationTests
{
    [Fact]
    public void Follower_returns_the_old_value_until_its_lag_has_elapsed()
    {
        var clock = new FakeTimeProvider();
        var leader = new Leader(clock);
        var follower = leader.AddFollower("f1", TimeSpan.FromMilliseconds(200));
        leader.Write("cart:42", "1 item");
        clock.Advance(TimeSpan.FromMilliseconds(200));

        leader.Write("cart:42", "2 items");

        Assert.Equal("2 items", leader.Read("cart:42").Value);
        Assert.Equal("1 item", follower.Read("cart:42").Value);   // stale read
        Assert.Equal(1, follower.AppliedVersion);

        clock.Advance(TimeSpan.FromMilliseconds(199));
        Assert.Equal("1 item", follower.Read("cart:42").Value);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("2 items", follower.Read("cart:42").Value);
        Assert.Equal(2, follower.AppliedVersion);
    }

    [Fact]
    public void Log_is_applied_in_order_even_when_lag_shrinks()
    {
        var clock = new FakeTimeProvider();
        var leader = new Leader(clock);
        var follower = leader.AddFollower("f1", TimeSpan.FromSeconds(5));
        leader.Write("k", "a");
        follower.Lag = TimeSpan.FromSeconds(1);
        leader.Write("k", "b");

        clock.Advance(TimeSpan.FromSeconds(2));

        // "b" has arrived but may not overtake "a": the follower is still at version 0.
        Assert.Null(follower.Read("k").Value);
        Assert.Equal(0, follower.AppliedVersion);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("b", follower.Read("k").Value);
    }

    [Fact]
    public void Time_until_reports_when_a_version_will_be_applied()
    {
        var clock = new FakeTimeProvider();
        var leader = new Leader(clock);
        var follower = leader.AddFollower("f1", TimeSpan.FromMilliseconds(300));
        var v = leader.Write("k", "a");

        Assert.Equal(TimeSpan.FromMilliseconds(300), follower.TimeUntil(v));
        Assert.Null(follower.TimeUntil(v + 1));
        clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(TimeSpan.Zero, follower.TimeUntil(v));
    }
}
