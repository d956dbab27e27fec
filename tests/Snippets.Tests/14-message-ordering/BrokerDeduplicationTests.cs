using UnderLoad.Snippets.MessageOrdering;

namespace UnderLoad.Snippets.Tests.MessageOrdering;

public class BrokerDeduplicationTests
{
    private static ProducerBatch Batch(long pid, int seq, params string[] records) => new(pid, 0, seq, records);

    [Fact]
    public void Retry_after_a_lost_ack_duplicates_without_idempotence_and_not_with_it()
    {
        var plain = new PartitionLog();
        plain.Append(Batch(-1, -1, "pay-1"));          // written; the ack is lost on the way back
        plain.Append(Batch(-1, -1, "pay-1"));          // the producer retries
        Assert.Equal(["pay-1", "pay-1"], plain.Records);

        var idem = new PartitionLog();
        Assert.Equal(AppendResult.Appended, idem.Append(Batch(7, 0, "pay-1")));
        Assert.Equal(AppendResult.Duplicate, idem.Append(Batch(7, 0, "pay-1")));  // same (pid, seq): acked, not written
        Assert.Equal(["pay-1"], idem.Records);
    }

    [Fact]
    public void Failed_first_batch_with_two_in_flight_reorders_without_idempotence()
    {
        // Batch A (seq 0-1) and batch B (seq 2-3) are in flight; A's request fails transiently, B's arrives.
        var plain = new PartitionLog();
        plain.Append(Batch(-1, -1, "b1", "b2"));
        plain.Append(Batch(-1, -1, "a1", "a2"));        // A's retry lands after B
        Assert.Equal(["b1", "b2", "a1", "a2"], plain.Records);

        var idem = new PartitionLog();
        Assert.Equal(AppendResult.OutOfOrderSequence, idem.Append(Batch(7, 2, "b1", "b2"))); // gap: seq 0-1 missing
        Assert.Empty(idem.Records);
        Assert.Equal(AppendResult.Appended, idem.Append(Batch(7, 0, "a1", "a2")));          // retried in order
        Assert.Equal(AppendResult.Appended, idem.Append(Batch(7, 2, "b1", "b2")));
        Assert.Equal(["a1", "a2", "b1", "b2"], idem.Records);
    }

    [Fact]
    public void Only_the_last_five_batches_are_remembered()
    {
        var log = new PartitionLog();
        for (var i = 0; i < 6; i++) Assert.Equal(AppendResult.Appended, log.Append(Batch(7, i, $"m{i}")));
        Assert.Equal(AppendResult.Duplicate, log.Append(Batch(7, 1, "m1")));               // still cached
        Assert.Equal(AppendResult.OutOfOrderSequence, log.Append(Batch(7, 0, "m0")));      // evicted: no longer recognisable
        Assert.Equal(6, log.Records.Count);
    }

    [Fact]
    public void A_new_epoch_fences_the_zombie_instance()
    {
        var log = new PartitionLog();
        log.Append(new ProducerBatch(7, 0, 0, ["old-1"]));
        Assert.Equal(AppendResult.Appended, log.Append(new ProducerBatch(7, 1, 0, ["new-1"]))); // restarted producer, seq from 0
        Assert.Equal(AppendResult.ProducerFenced, log.Append(new ProducerBatch(7, 0, 1, ["old-2"])));
        Assert.Equal(["old-1", "new-1"], log.Records);
    }
}
