using System.Text;
using UnderLoad.Snippets.MessageOrdering;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.MessageOrdering;

public class KafkaPartitionerTests
{
    // Apache Kafka, clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testMurmur2.
    [Theory]
    [InlineData("21", -973932308)]
    [InlineData("foobar", -790332482)]
    [InlineData("a-little-bit-long-string", -985981536)]
    [InlineData("a-little-bit-longer-string", -1486304829)]
    [InlineData("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971)]
    [InlineData("abc", 479470107)]
    public void Murmur2_matches_Kafkas_own_test_vectors(string key, int expected) =>
        Assert.Equal(expected, KafkaPartitioner.Murmur2(Encoding.UTF8.GetBytes(key)));

    [Fact]
    public void To_positive_masks_the_sign_bit_unlike_abs()
    {
        Assert.Equal(0, KafkaPartitioner.ToPositive(int.MinValue));
        Assert.Equal(1357151166, KafkaPartitioner.ToPositive(-790332482));
        Assert.Throws<OverflowException>(() => Math.Abs(int.MinValue));
    }

    [Fact]
    public void Same_key_same_partition_until_the_partition_count_changes()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => Encoding.UTF8.GetBytes($"order-{i}")).ToArray();
        var before = keys.Select(k => KafkaPartitioner.PartitionForKey(k, 12)).ToArray();
        Assert.Equal(before, keys.Select(k => KafkaPartitioner.PartitionForKey(k, 12)));

        // Spread: every one of the 12 partitions gets between 7% and 10% of the keys.
        Assert.All(before.GroupBy(p => p), g => Assert.InRange(g.Count(), 700, 1000));

        // Adding partitions moves most keys: per-key order across the change is gone.
        var after = keys.Select(k => KafkaPartitioner.PartitionForKey(k, 16)).ToArray();
        var moved = before.Zip(after).Count(x => x.First != x.Second);
        Assert.InRange(moved, 6_000, 9_000);
        Snapshot.Verify($"""
            foobar -> partition {KafkaPartitioner.PartitionForKey("foobar"u8, 12)} of 12
            10,000 keys, 12 -> 16 partitions: {moved:N0} keys ({moved / 100.0:F1}%) change partition
            """, "Resize");
    }
}
