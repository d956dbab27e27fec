namespace UnderLoad.Snippets.MessageOrdering;

public enum CommitStrategy { AtMostOnce, AtLeastOnce, ExactlyOnce }

public sealed class ConsumerCrashedException(long offset) : Exception($"consumer crashed after processing offset {offset}");

// <TransactionalSink>
/// <summary>An output topic written transactionally: records are visible to read_committed readers only
/// once their transaction commits; read_uncommitted readers also see records of aborted transactions.</summary>
public sealed class TransactionalSink
{
    private readonly List<(long Value, int Tx)> _log = [];
    private readonly HashSet<int> _committed = [];
    private int _openTx = -1, _nextTx;
    public long CommittedOffset { get; private set; }

    /// <summary>initTransactions(): a new instance with the same transactional.id aborts what the old one left open.</summary>
    public void InitTransactions() => _openTx = -1;
    public void Begin() => _openTx = _nextTx++;
    public void Write(long value) => _log.Add((value, _openTx));

    /// <summary>sendOffsetsToTransaction + commitTransaction: output and input offset commit atomically.</summary>
    public void CommitWithOffset(long nextOffset) { _committed.Add(_openTx); CommittedOffset = nextOffset; _openTx = -1; }

    public IReadOnlyList<long> Read(bool readCommitted) =>
        _log.Where(e => !readCommitted || _committed.Contains(e.Tx)).Select(e => e.Value).ToList();
}
// </TransactionalSink>

// <Consumer>
/// <summary>A consumer of one partition that polls batches, processes records (an effect per record) and
/// commits its offset according to <paramref name="strategy"/>. <paramref name="crashAfter"/> decides whether
/// the process dies right after processing a given offset (a crash, or a rebalance that revokes the partition).</summary>
public sealed class CrashingConsumer(CommitStrategy strategy, IReadOnlyList<long> input, int maxPollRecords,
    Func<long, bool> crashAfter)
{
    private long _committed;                       // the group's committed offset (__consumer_offsets)
    public List<long> Effects { get; } = [];       // non-transactional effects (a DB write, an email)
    public TransactionalSink Sink { get; } = new();

    /// <summary>Runs consumer instances until the partition is consumed; each crash starts a new instance
    /// from the committed offset.</summary>
    public int RunToEnd(int maxInstances = 100)
    {
        for (var instance = 1; instance <= maxInstances; instance++)
        {
            try { RunInstance(); return instance; }
            catch (ConsumerCrashedException) { /* restart from the last committed offset */ }
        }
        throw new InvalidOperationException("did not finish");
    }

    private void RunInstance()
    {
        var position = strategy == CommitStrategy.ExactlyOnce ? Sink.CommittedOffset : _committed;
        if (strategy == CommitStrategy.ExactlyOnce) Sink.InitTransactions();
        while (position < input.Count)
        {
            var end = Math.Min(position + maxPollRecords, input.Count);
            switch (strategy)
            {
                case CommitStrategy.AtMostOnce:
                    _committed = end;                          // commit first...
                    for (var o = position; o < end; o++) Process(o);   // ...a crash here loses the rest of the batch
                    break;
                case CommitStrategy.AtLeastOnce:
                    for (var o = position; o < end; o++) Process(o);   // a crash here repeats the batch
                    _committed = end;                          // ...commit after
                    break;
                case CommitStrategy.ExactlyOnce:
                    Sink.Begin();
                    for (var o = position; o < end; o++) { Sink.Write(input[(int)o]); CrashPoint(o); }
                    Sink.CommitWithOffset(end);                // output + offset in one transaction
                    break;
            }
            position = end;
        }
    }

    private void Process(long offset) { Effects.Add(input[(int)offset]); CrashPoint(offset); }

    private void CrashPoint(long offset) { if (crashAfter(offset)) throw new ConsumerCrashedException(offset); }
}
// </Consumer>
