using System.Text;
using UnderLoad.Snippets.MessageOrdering;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.MessageOrdering;

public class StickyPartitionerTests
{
    private const int Partitions = 6, BatchSize = 16_384, RecordBytes = 200, Records = 12_000, Linger = 60;

    // A deterministic "random": the next partition differs from the current one.
    private static Func<int, int> Cycle() { var i = 0; return n => i++ * 5 % n; }

    [Fact]
    public void Sticky_partitioner_fills_batches_that_round_robin_leaves_small()
    {
        var rr = BatchingSimulator.Run(new RoundRobinPartitioner(Partitions), Records, RecordBytes, BatchSize, Linger);
        var sticky = BatchingSimulator.Run(new UniformStickyPartitioner(Partitions, BatchSize, Cycle()), Records, RecordBytes, BatchSize, Linger);

        Assert.Equal(Records / Linger * Partitions, rr.Batches);   // every linger window: one tiny batch per partition
        Assert.True(sticky.Batches * 3 < rr.Batches);              // several times fewer, fuller batches
        Snapshot.Verify($"""
            12,000 keyless records of 200 B, batch.size 16 KB, linger expires every 60 records, 6 partitions
            round-robin (< 2.4)   {rr.Batches,5} batches, {rr.RecordsPerBatch,5:F1} records per batch
            uniform sticky (3.3+) {sticky.Batches,5} batches, {sticky.RecordsPerBatch,5:F1} records per batch
            """, "Batching");
    }

    [Fact]
    public void Sticky_switches_after_batch_size_bytes_and_spreads_evenly()
    {
        var p = new UniformStickyPartitioner(Partitions, BatchSize, Cycle());
        var chosen = Enumerable.Range(0, 6 * 82 * 10).Select(_ => p.Partition(null, RecordBytes)).ToList();
        // 82 records x 200 B = 16,400 B >= batch.size: exactly 82 records per stint.
        Assert.All(chosen.Chunk(82), stint => Assert.Single(stint.Distinct()));
        Assert.All(chosen.GroupBy(x => x), g => Assert.Equal(820, g.Count()));
    }

    [Fact]
    public void Keyed_records_ignore_stickiness()
    {
        var sticky = new UniformStickyPartitioner(Partitions, BatchSize, Cycle());
        var rr = new RoundRobinPartitioner(Partitions);
        var key = Encoding.UTF8.GetBytes("customer-42");
        var expected = KafkaPartitioner.PartitionForKey(key, Partitions);
        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal(expected, sticky.Partition(key, RecordBytes)));
        Assert.Equal(expected, rr.Partition(key, RecordBytes));
    }
}
