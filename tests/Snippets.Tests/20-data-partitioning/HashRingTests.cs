using System.Globalization;
using System.Text;
using UnderLoad.Snippets.DataPartitioning;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DataPartitioning;

public class HashRingTests
{
    private static readonly string[] Keys = Enumerable.Range(0, 100_000).Select(i => $"user:{i}").ToArray();

    private static HashRing Ring(int nodes, int vnodes)
    {
        var ring = new HashRing(vnodes);
        for (var n = 0; n < nodes; n++) ring.Add($"node-{n}");
        return ring;
    }

    [Fact]
    public void Adding_an_eleventh_node_moves_about_one_eleventh_of_the_keys_all_to_the_new_node()
    {
        var ring = Ring(10, 200);
        var before = Keys.Select(ring.NodeFor).ToArray();
        ring.Add("node-10");
        var after = Keys.Select(ring.NodeFor).ToArray();

        var moved = Enumerable.Range(0, Keys.Length).Where(i => before[i] != after[i]).ToArray();
        var fraction = moved.Length / (double)Keys.Length;
        Assert.InRange(fraction, 1 / 11.0 * 0.8, 1 / 11.0 * 1.2);
        Assert.All(moved, i => Assert.Equal("node-10", after[i]));

        // Compare: modulo placement (hash % N) moves about N/(N+1) of the keys.
        var modMoved = Keys.Count(k => StableHash.Hash64(k) % 10 != StableHash.Hash64(k) % 11) / (double)Keys.Length;
        Assert.True(modMoved > 0.85, $"mod-N moved {modMoved:P1}");
    }

    [Fact]
    public void Removing_a_node_moves_only_its_own_keys()
    {
        var ring = Ring(10, 100);
        var before = Keys.Select(ring.NodeFor).ToArray();
        ring.Remove("node-3");
        for (var i = 0; i < Keys.Length; i++)
            if (before[i] != "node-3") Assert.Equal(before[i], ring.NodeFor(Keys[i]));
        Assert.DoesNotContain("node-3", ring.Nodes);
    }

    [Fact]
    public void More_virtual_nodes_even_out_the_load()
    {
        var table = new StringBuilder("| virtual nodes per node | busiest node / mean | quietest node / mean |\n|---:|---:|---:|\n");
        var spread = new List<double>();
        foreach (var v in new[] { 1, 10, 100, 1000 })
        {
            var ring = Ring(10, v);
            var load = Keys.GroupBy(ring.NodeFor).Select(g => g.Count()).ToArray();
            var mean = Keys.Length / 10.0;
            var max = load.Max() / mean;
            var min = (load.Length < 10 ? 0 : load.Min()) / mean;
            spread.Add(max - min);
            table.Append(CultureInfo.InvariantCulture, $"| {v} | {max:F2} | {min:F2} |\n");
        }

        Assert.True(spread[0] > 1.0, "one point per node leaves a very uneven ring");
        Assert.True(spread[3] < 0.15, "a thousand points per node is within a few percent");
        for (var i = 1; i < spread.Count; i++) Assert.True(spread[i] < spread[i - 1]);
        Snapshot.Verify(table.ToString(), "VirtualNodes");
    }

    [Fact]
    public void Empty_ring_refuses_lookups()
    {
        Assert.Throws<InvalidOperationException>(() => new HashRing(10).NodeFor("k"));
    }
}
