using UnderLoad.Snippets.MessageOrdering;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.MessageOrdering;

public class CommitStrategyTests
{
    private static readonly long[] Input = Enumerable.Range(0, 100).Select(i => (long)i).ToArray();

    /// <summary>Crashes right after processing offsets 15 and 47, once each.</summary>
    private static Func<long, bool> Crashes()
    {
        var pending = new HashSet<long> { 15, 47 };
        return o => pending.Remove(o);
    }

    private static (int Duplicates, int Lost) Count(IReadOnlyList<long> effects) =>
        (effects.Count - effects.Distinct().Count(), Input.Except(effects).Count());

    [Fact]
    public void At_most_once_loses_the_rest_of_the_batch()
    {
        var c = new CrashingConsumer(CommitStrategy.AtMostOnce, Input, maxPollRecords: 10, Crashes());
        Assert.Equal(3, c.RunToEnd());
        Assert.Equal((0, 4 + 2), Count(c.Effects));     // 16-19 and 48-49 never processed
    }

    [Fact]
    public void At_least_once_repeats_the_uncommitted_batch()
    {
        var c = new CrashingConsumer(CommitStrategy.AtLeastOnce, Input, maxPollRecords: 10, Crashes());
        Assert.Equal(3, c.RunToEnd());
        Assert.Equal((6 + 8, 0), Count(c.Effects));     // 10-15 and 40-47 processed twice
    }

    [Fact]
    public void Exactly_once_with_transactions_is_exact_for_read_committed_readers_only()
    {
        var c = new CrashingConsumer(CommitStrategy.ExactlyOnce, Input, maxPollRecords: 10, Crashes());
        Assert.Equal(3, c.RunToEnd());
        Assert.Equal((0, 0), Count(c.Sink.Read(readCommitted: true)));
        Assert.Equal((6 + 8, 0), Count(c.Sink.Read(readCommitted: false))); // aborted writes are in the log
    }

    [Fact]
    public void Table_of_outcomes()
    {
        var rows = new List<string> { "strategy                     duplicates  lost" };
        foreach (var s in Enum.GetValues<CommitStrategy>())
        {
            var c = new CrashingConsumer(s, Input, maxPollRecords: 10, Crashes());
            c.RunToEnd();
            var (dup, lost) = Count(s == CommitStrategy.ExactlyOnce ? c.Sink.Read(readCommitted: true) : c.Effects);
            rows.Add($"{s,-28} {dup,10}  {lost,4}");
        }
        var uncommitted = new CrashingConsumer(CommitStrategy.ExactlyOnce, Input, 10, Crashes());
        uncommitted.RunToEnd();
        var (d2, l2) = Count(uncommitted.Sink.Read(readCommitted: false));
        rows.Add($"{"ExactlyOnce, read_uncommitted",-28} {d2,10}  {l2,4}");
        Snapshot.Verify(string.Join("\n", rows), "Outcomes");
    }

    [Fact]
    public void Without_crashes_every_strategy_processes_each_record_once()
    {
        foreach (var s in Enum.GetValues<CommitStrategy>())
        {
            var c = new CrashingConsumer(s, Input, 7, _ => false);
            Assert.Equal(1, c.RunToEnd());
            Assert.Equal((0, 0), Count(s == CommitStrategy.ExactlyOnce ? c.Sink.Read(true) : c.Effects));
        }
    }

    [Fact]
    public void A_consumer_that_always_crashes_gives_up()
    {
        var c = new CrashingConsumer(CommitStrategy.AtLeastOnce, Input, 10, o => o == 0);
        Assert.Throws<InvalidOperationException>(() => c.RunToEnd(maxInstances: 3));
    }
}
