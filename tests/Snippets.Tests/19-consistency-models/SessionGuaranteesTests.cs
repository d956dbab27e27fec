using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.ConsistencyModels;

namespace UnderLoad.Snippets.Tests.ConsistencyModels;

public class SessionGuaranteesTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5); // safety net only, never reached

    [Fact]
    public async Task Read_your_writes_routes_to_the_leader_when_the_replica_is_far_behind()
    {
        var clock = new FakeTimeProvider();
        var leader = new Leader(clock);
        var slow = leader.AddFollower("slow", TimeSpan.FromSeconds(30));
        var reader = new SessionReader(leader, clock, maxWait: TimeSpan.FromMilliseconds(50));
        var session = new SessionToken();

        reader.Write(session, "profile:7", "new avatar");

        Assert.Null(slow.Read("profile:7").Value);                // without the token: stale
        var read = await reader.ReadAsync(session, slow, "profile:7");
        Assert.Equal("new avatar", read.Value);                   // with it: routed
        Assert.Equal("leader", read.Node);
        Assert.Equal(1, reader.RoutedToLeader);
    }

    [Fact]
    public async Task Read_your_writes_waits_when_the_replica_is_about_to_catch_up()
    {
        var clock = new FakeTimeProvider();
        var leader = new Leader(clock);
        var replica = leader.AddFollower("r1", TimeSpan.FromMilliseconds(20));
        var reader = new SessionReader(leader, clock, maxWait: TimeSpan.FromMilliseconds(50));
        var session = new SessionToken();
        reader.Write(session, "k", "v1");

        var pending = reader.ReadAsync(session, replica, "k");
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(20));
        var read = await pending.WaitAsync(Bound);

        Assert.Equal("v1", read.Value);
        Assert.Equal("r1", read.Node);
        Assert.Equal(1, reader.Waited);
        Assert.Equal(0, reader.RoutedToLeader);
    }

    [Fact]
    public async Task Monotonic_reads_never_go_back_in_time_across_replicas()
    {
        var clock = new FakeTimeProvider();
        var leader = new Leader(clock);
        var fast = leader.AddFollower("fast", TimeSpan.FromMilliseconds(10));
        var slow = leader.AddFollower("slow", TimeSpan.FromSeconds(10));
        leader.Write("k", "old");
        clock.Advance(TimeSpan.FromSeconds(10));
        leader.Write("k", "new");
        clock.Advance(TimeSpan.FromMilliseconds(10));

        // Without a session: fast says "new", then slow says "old" - time went backwards.
        Assert.Equal("new", fast.Read("k").Value);
        Assert.Equal("old", slow.Read("k").Value);

        var reader = new SessionReader(leader, clock, maxWait: TimeSpan.Zero);
        var session = new SessionToken();
        var first = await reader.ReadAsync(session, fast, "k");
        var second = await reader.ReadAsync(session, slow, "k");
        Assert.Equal("new", first.Value);
        Assert.Equal("new", second.Value);
        Assert.True(second.Version >= first.Version);
        Assert.Equal(2, session.MinVersion);
    }

    [Fact]
    public async Task Caught_up_replica_serves_the_session_directly()
    {
        var clock = new FakeTimeProvider();
        var leader = new Leader(clock);
        var replica = leader.AddFollower("r1", TimeSpan.FromMilliseconds(5));
        var reader = new SessionReader(leader, clock, maxWait: TimeSpan.Zero);
        var session = new SessionToken();
        reader.Write(session, "k", "v");
        clock.Advance(TimeSpan.FromMilliseconds(5));

        var read = await reader.ReadAsync(session, replica, "k");

        Assert.Equal("r1", read.Node);
        Assert.Equal(0, reader.Waited + reader.RoutedToLeader);
    }
}
