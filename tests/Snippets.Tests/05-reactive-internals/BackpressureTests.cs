using System.Threading.Channels;
using UnderLoad.Snippets.ReactiveInternals;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ReactiveInternals;

public class BackpressureTests
{
    [Fact]
    public void Wait_mode_rejects_the_overflow_and_tells_the_producer()
    {
        var outcome = BackpressureModes.Burst(BoundedChannelFullMode.Wait, capacity: 3, count: 5);
        Assert.Equal([4, 5], outcome.Rejected);
        Assert.Empty(outcome.Dropped);
        Assert.Equal([1, 2, 3], outcome.Kept);
    }

    [Fact]
    public void DropNewest_evicts_the_most_recent_buffered_item()
    {
        var outcome = BackpressureModes.Burst(BoundedChannelFullMode.DropNewest, 3, 5);
        Assert.Empty(outcome.Rejected);
        Assert.Equal([3, 4], outcome.Dropped);
        Assert.Equal([1, 2, 5], outcome.Kept);
    }

    [Fact]
    public void DropOldest_keeps_the_freshest_items()
    {
        var outcome = BackpressureModes.Burst(BoundedChannelFullMode.DropOldest, 3, 5);
        Assert.Empty(outcome.Rejected);
        Assert.Equal([1, 2], outcome.Dropped);
        Assert.Equal([3, 4, 5], outcome.Kept);
    }

    [Fact]
    public void DropWrite_discards_the_incoming_item_while_reporting_success()
    {
        var outcome = BackpressureModes.Burst(BoundedChannelFullMode.DropWrite, 3, 5);
        Assert.Empty(outcome.Rejected); // TryWrite said true for 4 and 5
        Assert.Equal([4, 5], outcome.Dropped);
        Assert.Equal([1, 2, 3], outcome.Kept);
    }

    [Fact]
    public void All_modes_side_by_side()
    {
        static string Show(IReadOnlyList<int> xs) => xs.Count == 0 ? "-" : string.Join(",", xs);
        var lines = new List<string> { "| FullMode | TryWrite false | dropped (callback) | consumer reads |", "|---|---|---|---|" };
        foreach (var mode in new[] { BoundedChannelFullMode.Wait, BoundedChannelFullMode.DropNewest, BoundedChannelFullMode.DropOldest, BoundedChannelFullMode.DropWrite })
        {
            var o = BackpressureModes.Burst(mode, 3, 5);
            Assert.Equal(5, o.Rejected.Count + o.Dropped.Count + o.Kept.Count);
            lines.Add($"| `{mode}` | {Show(o.Rejected)} | {Show(o.Dropped)} | {Show(o.Kept)} |");
        }
        Snapshot.Verify(string.Join("\n", lines), "Modes");
    }

    [Fact]
    public async Task Wait_mode_with_WriteAsync_loses_nothing_and_bounds_the_backlog()
    {
        var (maxBacklog, received) = await WaitingProducer.RunAsync(capacity: 4, count: 1_000);
        Assert.Equal(Enumerable.Range(1, 1_000), received);
        Assert.InRange(maxBacklog, 0, 4); // never more than the capacity ahead
    }

    [Fact]
    public async Task WriteAsync_suspends_when_full_until_the_consumer_reads()
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.Wait });
        await channel.Writer.WriteAsync(1);
        var pending = channel.Writer.WriteAsync(2).AsTask();
        Assert.False(pending.IsCompleted);
        Assert.True(channel.Reader.TryRead(out var first));
        Assert.Equal(1, first);
        await pending.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(channel.Reader.TryRead(out var second));
        Assert.Equal(2, second);
    }
}
