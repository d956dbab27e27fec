using UnderLoad.Snippets.DataPartitioning;

namespace UnderLoad.Snippets.Tests.DataPartitioning;

public class HotKeysTests
{
    // 100,000 requests: 30% for one celebrity key, the rest spread over 50,000 ordinary keys.
    private static List<string> Workload(int seed)
    {
        var rng = new Random(seed);
        var list = new List<string>(100_000);
        for (var i = 0; i < 100_000; i++)
            list.Add(rng.NextDouble() < 0.3 ? "views:celebrity" : $"views:{rng.Next(50_000)}");
        return list;
    }

    [Fact]
    public void Count_min_never_undercounts_and_stays_within_its_error_bound()
    {
        var sketch = new CountMinSketch(epsilon: 0.001, delta: 0.01);
        Assert.Equal(2719, sketch.Width);
        Assert.Equal(5, sketch.Depth);
        var workload = Workload(seed: 1);
        foreach (var k in workload) sketch.Add(k);

        var exact = workload.GroupBy(k => k).ToDictionary(g => g.Key, g => (long)g.Count());
        var bound = 0.001 * sketch.Total;
        var overBound = 0;
        foreach (var (key, count) in exact)
        {
            var est = sketch.Estimate(key);
            Assert.True(est >= count);
            if (est - count > bound) overBound++;
        }
        Assert.True(overBound <= 0.01 * exact.Count, $"{overBound} of {exact.Count} keys over the bound");
    }

    [Fact]
    public void Detector_flags_only_the_hot_key()
    {
        var detector = new HotKeyDetector(new CountMinSketch(0.001, 0.01), hotShare: 0.05);
        foreach (var k in Workload(seed: 2)) detector.Observe(k);
        Assert.Equal(["views:celebrity"], detector.Hot);
    }

    [Fact]
    public void Salting_spreads_a_hot_key_over_partitions()
    {
        const int partitions = 16;
        int Partition(string key) => JumpHash.Bucket(StableHash.Hash64(key), partitions);
        double BusiestShare(IEnumerable<string> keys) =>
            keys.GroupBy(Partition).Max(g => g.Count()) / 100_000.0;

        var workload = Workload(seed: 3);
        var unsalted = BusiestShare(workload);

        var salter = new KeySalter(fanout: 16, new Random(7));
        var salted = BusiestShare(workload.Select(k => k == "views:celebrity" ? salter.WriteKey(k) : k));

        Assert.True(unsalted > 0.3, $"one partition takes {unsalted:P0}");
        Assert.True(salted < 0.12, $"after salting the busiest takes {salted:P0}");
        var readKeys = salter.ReadKeys("views:celebrity").ToArray();
        Assert.Equal(16, readKeys.Length);
        Assert.True(readKeys.Select(Partition).Distinct().Count() >= 8);
    }
}
