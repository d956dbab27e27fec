namespace UnderLoad.Snippets.MessageOrdering;

public interface IPartitionChooser { int Partition(byte[]? key, int recordBytes); }

/// <summary>Before Kafka 2.4: keyless records go round-robin, one partition per record.</summary>
public sealed class RoundRobinPartitioner(int numPartitions) : IPartitionChooser
{
    private int _next;
    public int Partition(byte[]? key, int recordBytes) =>
        key is not null ? KafkaPartitioner.PartitionForKey(key, numPartitions) : _next++ % numPartitions;
}

// <Sticky>
/// <summary>
/// Keyless records stick to one partition until <c>batch.size</c> bytes went there, then move to another
/// (KIP-794, Kafka 3.3+). KIP-480 (2.4) switched when a new batch was created instead, which sent more
/// records to slower brokers. Keyed records are unaffected: murmur2 as always.
/// </summary>
public sealed class UniformStickyPartitioner(int numPartitions, int batchSize, Func<int, int> random)
    : IPartitionChooser
{
    private int _current = -1;
    private int _producedBytes;

    public int Partition(byte[]? key, int recordBytes)
    {
        if (key is not null) return KafkaPartitioner.PartitionForKey(key, numPartitions);

        if (_current < 0 || _producedBytes >= batchSize)
        {
            _current = random(numPartitions);
            _producedBytes = 0;
        }
        _producedBytes += recordBytes;
        return _current;
    }
}
// </Sticky>

// <Accumulator>
/// <summary>The producer's RecordAccumulator, reduced to its arithmetic: one open batch per partition; a batch
/// is sent when full (batch.size) or when linger.ms expires, which here is every <c>lingerRecords</c> records.</summary>
public static class BatchingSimulator
{
    public static (int Batches, double RecordsPerBatch) Run(
        IPartitionChooser chooser, int records, int recordBytes, int batchSize, int lingerRecords)
    {
        var open = new Dictionary<int, int>(); // partition -> bytes in the open batch
        var batches = 0;
        for (var i = 0; i < records; i++)
        {
            var p = chooser.Partition(null, recordBytes);
            open[p] = open.GetValueOrDefault(p) + recordBytes;
            if (open[p] >= batchSize) { batches++; open.Remove(p); }
            if ((i + 1) % lingerRecords == 0) { batches += open.Count; open.Clear(); } // linger.ms expired
        }
        batches += open.Count;
        return (batches, (double)records / batches);
    }
}
// </Accumulator>
