using UnderLoad.Snippets.Failover;

namespace UnderLoad.Snippets.Tests.Failover;

public class ReplicaRoutingTests
{
    private static readonly Replica[] Replicas =
    [
        new("replica-1", ReplayedPosition: 1_000, Lag: TimeSpan.FromMilliseconds(40)),
        new("replica-2", ReplayedPosition: 900, Lag: TimeSpan.FromSeconds(2)),
        new("replica-3", ReplayedPosition: 200, Lag: TimeSpan.FromMinutes(3)),  // rebuilding
    ];

    [Fact]
    public void Reads_without_a_recent_write_spread_over_replicas_within_the_lag_limit()
    {
        var router = new ReadAfterWriteRouter(maxLag: TimeSpan.FromSeconds(5));
        var picks = Enumerable.Range(0, 10).Select(_ => router.Route(Replicas, lastWritePosition: null)).ToHashSet();
        Assert.Equal(["replica-1", "replica-2"], picks.Order());
    }

    [Fact]
    public void A_caller_who_just_wrote_reads_only_from_replicas_that_replayed_the_write()
    {
        var router = new ReadAfterWriteRouter(maxLag: TimeSpan.FromSeconds(5));
        for (var i = 0; i < 5; i++) Assert.Equal("replica-1", router.Route(Replicas, lastWritePosition: 950));
        Assert.Equal("primary", router.Route(Replicas, lastWritePosition: 1_001));
    }

    [Fact]
    public void When_every_replica_lags_all_reads_go_to_the_primary()
    {
        var router = new ReadAfterWriteRouter(maxLag: TimeSpan.FromMilliseconds(10));
        Assert.Equal("primary", router.Route(Replicas, lastWritePosition: null));
    }
}
