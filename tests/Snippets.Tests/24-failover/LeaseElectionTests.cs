using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Failover;

namespace UnderLoad.Snippets.Tests.Failover;

public class LeaseElectionTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(10);

    [Fact]
    public void Paused_old_leader_write_is_rejected_by_its_fencing_token()
    {
        var clock = new FakeTimeProvider();
        var store = new LeaseStore(clock);
        var storage = new FencedStorage();
        var a = new LeaderNode("A", store, storage, Ttl);
        var b = new LeaderNode("B", store, storage, Ttl);

        Assert.True(a.TryBecomeLeader());
        Assert.False(b.TryBecomeLeader());            // A's lease is live
        Assert.True(a.WriteAsLeader("x=1"));

        var lateWrite = a.WriteAsLeader("x=2", pauseAfterCheck: () =>
        {
            clock.Advance(TimeSpan.FromSeconds(15));  // a 15 s stop-the-world pause
            Assert.True(b.TryBecomeLeader());         // A's lease expired: B takes over
            Assert.True(b.WriteAsLeader("x=3"));
        });

        Assert.False(lateWrite);
        Assert.Equal(1, a.Lease!.FencingToken);
        Assert.Equal(2, b.Lease!.FencingToken);
        Assert.Equal(["A: x=1", "B: x=3"], storage.Log);
    }

    [Fact]
    public void Without_fencing_the_same_pause_corrupts_the_data()
    {
        var clock = new FakeTimeProvider();
        var store = new LeaseStore(clock);
        var storage = new FencedStorage();
        var a = new LeaderNode("A", store, storage, Ttl);
        var b = new LeaderNode("B", store, storage, Ttl);
        a.TryBecomeLeader();
        clock.Advance(TimeSpan.FromSeconds(15));
        b.TryBecomeLeader();
        storage.Write(b.Lease!.FencingToken, "B: x=3");

        // If leaders do not pass their lease's token (all send 0), the stale leader's write lands last.
        var unfenced = new FencedStorage();
        Assert.True(unfenced.Write(0, "B: x=3"));
        Assert.True(unfenced.Write(0, "A: x=2"));
        Assert.Equal("A: x=2", unfenced.Log[^1]);
        // With the tokens, it is refused.
        Assert.False(storage.Write(a.Lease!.FencingToken, "A: x=2"));
        Assert.Equal(["B: x=3"], storage.Log);
    }

    [Fact]
    public void Renewal_keeps_the_token_and_a_new_term_increments_it()
    {
        var clock = new FakeTimeProvider();
        var store = new LeaseStore(clock);
        var first = store.TryAcquire("A", Ttl)!;
        clock.Advance(TimeSpan.FromSeconds(5));
        var renewed = store.TryAcquire("A", Ttl)!;
        Assert.Equal(first.FencingToken, renewed.FencingToken);
        Assert.Equal(clock.GetUtcNow() + Ttl, renewed.ExpiresAt);

        clock.Advance(TimeSpan.FromSeconds(11));
        var again = store.TryAcquire("A", Ttl)!;      // expired, then re-acquired: a new term
        Assert.Equal(first.FencingToken + 1, again.FencingToken);
        Assert.False(new LeaderNode("C", store, new FencedStorage(), Ttl).WriteAsLeader("never leader"));
    }
}
