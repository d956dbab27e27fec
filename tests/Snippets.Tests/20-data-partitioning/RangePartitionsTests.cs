using UnderLoad.Snippets.DataPartitioning;

namespace UnderLoad.Snippets.Tests.DataPartitioning;

public class RangePartitionsTests
{
    [Fact]
    public void Partitions_split_at_the_median_and_a_scan_touches_only_overlapping_ranges()
    {
        var map = new RangePartitions();
        var rng = new Random(42);
        for (var i = 0; i < 1_000; i++) map.Insert($"user:{rng.Next(100_000):D5}", maxPerPartition: 100);

        Assert.True(map.Count >= 10);
        for (var p = 0; p < map.Count; p++) Assert.InRange(map.Size(p), 1, 100);
        Assert.Equal(map.SplitPoints.Order(StringComparer.Ordinal), map.SplitPoints);

        var scan = map.PartitionsFor("user:20000", "user:30000").ToArray();
        Assert.InRange(scan.Length, 1, 4);   // about a tenth of the key space, not all partitions
        Assert.Equal(map.PartitionOf("user:20000"), scan[0]);
        Assert.Equal(map.PartitionOf("user:29999"), scan[^1]);
    }

    [Fact]
    public void Key_equal_to_a_split_point_belongs_to_the_right_hand_range_and_scan_end_is_exclusive()
    {
        var map = new RangePartitions();
        foreach (var k in new[] { "a", "b", "c", "d" }) map.Insert(k, maxPerPartition: 3);
        Assert.Equal(["c"], map.SplitPoints);
        Assert.Equal(0, map.PartitionOf("b"));
        Assert.Equal(1, map.PartitionOf("c"));
        Assert.Equal([0], map.PartitionsFor("a", "c"));
        Assert.Equal([0, 1], map.PartitionsFor("a", "ca"));
    }

    [Fact]
    public void Monotonic_keys_always_hit_the_last_partition()
    {
        var map = new RangePartitions();
        var writesToLast = 0;
        for (var t = 0; t < 1_000; t++)
        {
            var key = $"event:{t:D8}";                 // a timestamp-like, ever-increasing key
            map.Insert(key, maxPerPartition: 100);
            if (map.PartitionOf(key) == map.Count - 1) writesToLast++;
        }
        Assert.True(map.Count > 5);
        Assert.True(writesToLast > 950, $"{writesToLast} of 1000 writes hit the newest partition");
    }
}
