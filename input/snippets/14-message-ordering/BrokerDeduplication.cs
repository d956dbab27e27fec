namespace UnderLoad.Snippets.MessageOrdering;

/// <summary>A produce request's batch. ProducerId -1 means a non-idempotent producer.</summary>
public sealed record ProducerBatch(long ProducerId, short Epoch, int BaseSequence, IReadOnlyList<string> Records)
{
    public int LastSequence => BaseSequence + Records.Count - 1;
}

public enum AppendResult { Appended, Duplicate, OutOfOrderSequence, ProducerFenced }

// <PartitionLog>
/// <summary>
/// One partition leader's log with the idempotent-producer check: per producer id the broker keeps the
/// epoch and the metadata of the last 5 batches. A retried batch it already has is acknowledged again
/// without being written; a batch with a gap before it is rejected, so the producer resends in order.
/// </summary>
public sealed class PartitionLog
{
    private const int RetainedBatches = 5; // why max.in.flight.requests.per.connection must be <= 5

    private sealed class ProducerState(short epoch)
    {
        public short Epoch = epoch;
        public int LastSequence = -1;
        public readonly Queue<(int First, int Last)> Recent = new();
    }

    private readonly Dictionary<long, ProducerState> _producers = new();
    public List<string> Records { get; } = [];

    public AppendResult Append(ProducerBatch batch)
    {
        if (batch.ProducerId < 0) { Records.AddRange(batch.Records); return AppendResult.Appended; }

        if (!_producers.TryGetValue(batch.ProducerId, out var state) || batch.Epoch > state.Epoch)
            _producers[batch.ProducerId] = state = new ProducerState(batch.Epoch); // new producer or new epoch: sequences restart at 0
        else if (batch.Epoch < state.Epoch)
            return AppendResult.ProducerFenced;                                  // a zombie from before a restart

        if (state.Recent.Contains((batch.BaseSequence, batch.LastSequence)))
            return AppendResult.Duplicate;                                       // ack again, write nothing
        if (batch.BaseSequence != state.LastSequence + 1)
            return AppendResult.OutOfOrderSequence;                              // a gap: an earlier batch is missing

        Records.AddRange(batch.Records);
        state.LastSequence = batch.LastSequence;
        state.Recent.Enqueue((batch.BaseSequence, batch.LastSequence));
        if (state.Recent.Count > RetainedBatches) state.Recent.Dequeue();
        return AppendResult.Appended;
    }
}
// </PartitionLog>
