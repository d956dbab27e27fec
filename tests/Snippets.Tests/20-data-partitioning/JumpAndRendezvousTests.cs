using System.Globalization;
using System.Text;
using UnderLoad.Snippets.DataPartitioning;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DataPartitioning;

public class JumpAndRendezvousTests
{
    private static readonly string[] Keys = Enumerable.Range(0, 50_000).Select(i => $"order:{i}").ToArray();

    [Fact]
    public void Jump_hash_moves_one_in_n_plus_one_keys_only_to_the_new_bucket_and_is_even()
    {
        var before = Keys.Select(k => JumpHash.Bucket(StableHash.Hash64(k), 10)).ToArray();
        var after = Keys.Select(k => JumpHash.Bucket(StableHash.Hash64(k), 11)).ToArray();
        var moved = Enumerable.Range(0, Keys.Length).Where(i => before[i] != after[i]).ToArray();

        Assert.InRange(moved.Length / (double)Keys.Length, 0.08, 0.102);
        Assert.All(moved, i => Assert.Equal(10, after[i]));
        var load = before.GroupBy(b => b).Select(g => g.Count()).ToArray();
        Assert.Equal(10, load.Length);
        Assert.InRange(load.Max() / (Keys.Length / 10.0), 1.0, 1.05);
        Assert.Throws<ArgumentOutOfRangeException>(() => JumpHash.Bucket(1, 0));
    }

    [Fact]
    public void Rendezvous_removing_any_node_moves_only_its_keys()
    {
        var nodes = Enumerable.Range(0, 10).Select(n => $"node-{n}").ToArray();
        var hrw = new Rendezvous(nodes);
        var before = Keys.Select(hrw.NodeFor).ToArray();

        hrw.Remove("node-4");
        var after = Keys.Select(hrw.NodeFor).ToArray();
        for (var i = 0; i < Keys.Length; i++)
            if (before[i] != "node-4") Assert.Equal(before[i], after[i]);
            else Assert.NotEqual("node-4", after[i]);

        hrw.Add("node-4");
        Assert.Equal(before, Keys.Select(hrw.NodeFor).ToArray());
        Assert.Throws<InvalidOperationException>(() => new Rendezvous([]).NodeFor("k"));
    }

    [Fact]
    public void Comparison_of_the_three_schemes()
    {
        var nodes = Enumerable.Range(0, 10).Select(n => $"node-{n}").ToList();
        var ring = new HashRing(100);
        nodes.ForEach(ring.Add);
        var hrw = new Rendezvous(nodes);

        double Moved(Func<string, string> a, Func<string, string> b) => Keys.Count(k => a(k) != b(k)) / (double)Keys.Length;
        double MaxOverMean(Func<string, string> f) => Keys.GroupBy(f).Max(g => g.Count()) / (Keys.Length / 10.0);

        var ringBefore = Keys.ToDictionary(k => k, ring.NodeFor);
        var hrwBefore = Keys.ToDictionary(k => k, hrw.NodeFor);
        var ringLoad = MaxOverMean(ring.NodeFor);
        var hrwLoad = MaxOverMean(hrw.NodeFor);
        var jumpLoad = MaxOverMean(k => JumpHash.Bucket(StableHash.Hash64(k), 10).ToString(CultureInfo.InvariantCulture));
        ring.Add("node-10"); hrw.Add("node-10");
        var ringMoved = Moved(k => ringBefore[k], ring.NodeFor);
        var hrwMoved = Moved(k => hrwBefore[k], hrw.NodeFor);
        var jumpMoved = Moved(k => JumpHash.Bucket(StableHash.Hash64(k), 10).ToString(CultureInfo.InvariantCulture),
                              k => JumpHash.Bucket(StableHash.Hash64(k), 11).ToString(CultureInfo.InvariantCulture));

        foreach (var m in new[] { ringMoved, hrwMoved, jumpMoved }) Assert.InRange(m, 0.07, 0.11);
        Assert.True(jumpLoad <= ringLoad, "jump hash is at least as even as a 100-vnode ring");

        var sb = new StringBuilder("| scheme (10 nodes, 50,000 keys) | busiest node / mean | keys moved, 10 to 11 nodes | lookup cost |\n|---|---:|---:|---|\n");
        sb.Append(CultureInfo.InvariantCulture, $"| ring, 100 virtual nodes | {ringLoad:F3} | {ringMoved:P1} | O(log(N x V)) binary search |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| jump consistent hash | {jumpLoad:F3} | {jumpMoved:P1} | O(log N), no memory |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| rendezvous (HRW) | {hrwLoad:F3} | {hrwMoved:P1} | O(N) hashes |\n");
        Snapshot.Verify(sb.ToString(), "Comparison");
    }
}
