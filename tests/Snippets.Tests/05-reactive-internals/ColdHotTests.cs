using UnderLoad.Snippets.ReactiveInternals;

namespace UnderLoad.Snippets.Tests.ReactiveInternals;

public class ColdHotTests
{
    [Fact]
    public async Task Cold_stream_does_nothing_until_enumerated_and_repeats_work_per_subscriber()
    {
        var fetches = 0;
        var quotes = new ColdQuotes(i => { Interlocked.Increment(ref fetches); return 100 + i; });
        var stream = quotes.Stream(3);
        Assert.Equal(0, fetches); // assembling the pipeline is free

        var first = new List<int>();
        await foreach (var q in stream) first.Add(q);
        var second = new List<int>();
        await foreach (var q in quotes.Stream(3)) second.Add(q);

        Assert.Equal([100, 101, 102], first);
        Assert.Equal(first, second); // each subscriber gets the whole sequence...
        Assert.Equal(2, quotes.Subscriptions);
        Assert.Equal(6, fetches);    // ...and pays for it again
    }

    [Fact]
    public async Task Cold_stream_honours_cancellation()
    {
        var quotes = new ColdQuotes(i => i);
        using var cts = new CancellationTokenSource();
        var seen = new List<int>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var q in quotes.Stream(10, cts.Token))
            {
                seen.Add(q);
                if (seen.Count == 2) cts.Cancel();
            }
        });
        Assert.Equal([0, 1], seen);
    }

    [Fact]
    public async Task Hot_stream_late_subscriber_misses_earlier_items()
    {
        var hub = new Broadcast<int>();
        var early = hub.Subscribe(16);
        hub.Publish(1);
        hub.Publish(2);
        var late = hub.Subscribe(16);
        hub.Publish(3);
        hub.Complete();

        Assert.Equal([1, 2, 3], await Drain(early));
        Assert.Equal([3], await Drain(late));
    }

    [Fact]
    public async Task Hot_stream_slow_subscriber_loses_its_oldest_items_only()
    {
        var hub = new Broadcast<int>();
        var roomy = hub.Subscribe(100);
        var small = hub.Subscribe(2);
        for (var i = 1; i <= 5; i++) hub.Publish(i);
        hub.Complete();

        Assert.Equal([1, 2, 3, 4, 5], await Drain(roomy));
        Assert.Equal([4, 5], await Drain(small));
    }

    private static async Task<List<int>> Drain(System.Threading.Channels.ChannelReader<int> reader)
    {
        var items = new List<int>();
        await foreach (var x in reader.ReadAllAsync()) items.Add(x);
        return items;
    }
}
