using UnderLoad.Snippets.Failover;

namespace UnderLoad.Snippets.Tests.Failover;

public class QuorumTests
{
    [Fact]
    public void Only_the_majority_side_of_a_partition_can_elect_a_leader()
    {
        var cluster = new Cluster("A", "B", "C", "D", "E");
        Assert.Equal(3, cluster.Majority);
        cluster.Partition(["A", "B"], ["C", "D", "E"]);

        Assert.False(cluster.RequestVotes("A", term: 2));   // 2 votes of 5
        Assert.True(cluster.RequestVotes("C", term: 2));    // 3 votes of 5
    }

    [Fact]
    public void Counting_only_reachable_nodes_elects_two_leaders_split_brain()
    {
        var cluster = new Cluster("A", "B", "C", "D", "E");
        cluster.Partition(["A", "B"], ["C", "D", "E"]);

        var left = cluster.RequestVotes("A", term: 2, requireMajorityOfCluster: false);
        var right = cluster.RequestVotes("C", term: 2, requireMajorityOfCluster: false);
        Assert.True(left && right);
    }

    [Fact]
    public void A_node_votes_once_per_term_so_two_candidates_cannot_both_win()
    {
        var cluster = new Cluster("A", "B", "C", "D", "E");
        Assert.True(cluster.RequestVotes("A", term: 3));
        Assert.False(cluster.RequestVotes("B", term: 3));   // everyone already voted for A in term 3
        Assert.True(cluster.RequestVotes("B", term: 4));    // a later term starts a new vote

        var even = new Cluster("A", "B", "C", "D");
        even.Partition(["A", "B"], ["C", "D"]);
        Assert.False(even.RequestVotes("A", 1));            // 2 of 4 is not a majority
        Assert.False(even.RequestVotes("C", 1));            // nor is the other half
        even.Heal();
        Assert.True(even.RequestVotes("A", 2));
    }
}
