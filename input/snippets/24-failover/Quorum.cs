namespace UnderLoad.Snippets.Failover;

// <MajorityElection>
/// <summary>
/// Raft-style election under a network partition. Each node grants one vote per term, and a candidate
/// needs votes from a majority of the whole cluster (not of the nodes it can reach). Two majorities of
/// one cluster always share a node, so two leaders in one term are impossible.
/// </summary>
public sealed class Cluster
{
    private readonly string[] _nodes;
    private readonly Dictionary<string, int> _group = [];
    private readonly Dictionary<string, (long Term, string Candidate)> _votes = [];

    public Cluster(params string[] nodes)
    {
        _nodes = nodes;
        foreach (var n in nodes) _group[n] = 0;
    }

    public int Majority => _nodes.Length / 2 + 1;

    /// <summary>Splits the network: nodes can only talk to nodes in the same group.</summary>
    public void Partition(params string[][] groups)
    {
        for (var g = 0; g < groups.Length; g++)
            foreach (var n in groups[g]) _group[n] = g;
    }

    public void Heal() { foreach (var n in _nodes) _group[n] = 0; }

    public bool RequestVotes(string candidate, long term, bool requireMajorityOfCluster = true)
    {
        var reachable = _nodes.Where(n => _group[n] == _group[candidate]).ToArray();
        var granted = reachable.Count(voter => Grant(voter, candidate, term));
        return requireMajorityOfCluster ? granted >= Majority : granted > reachable.Length / 2;
    }

    private bool Grant(string voter, string candidate, long term)
    {
        if (_votes.TryGetValue(voter, out var v) && v.Term >= term && v.Candidate != candidate) return false;
        _votes[voter] = (term, candidate);
        return true;
    }
}
// </MajorityElection>
