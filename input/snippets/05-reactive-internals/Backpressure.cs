using System.Threading.Channels;

namespace UnderLoad.Snippets.ReactiveInternals;

// <BackpressureModes>
/// <summary>What a bounded buffer did with a burst it could not hold.</summary>
public sealed record OverflowOutcome(
    IReadOnlyList<int> Rejected, // TryWrite returned false: the producer knows
    IReadOnlyList<int> Dropped,  // silently discarded: only the callback knows
    IReadOnlyList<int> Kept);    // what the slow consumer finally reads

public static class BackpressureModes
{
    /// <summary>Writes 1..count into a channel of the given capacity while nobody reads.</summary>
    public static OverflowOutcome Burst(BoundedChannelFullMode mode, int capacity, int count)
    {
        var dropped = new List<int>();
        var channel = Channel.CreateBounded<int>(
            new BoundedChannelOptions(capacity) { FullMode = mode, SingleReader = true },
            itemDropped: dropped.Add);

        var rejected = new List<int>();
        for (var i = 1; i <= count; i++)
        {
            if (!channel.Writer.TryWrite(i)) rejected.Add(i);
        }
        channel.Writer.Complete();

        var kept = new List<int>();
        while (channel.Reader.TryRead(out var item)) kept.Add(item);
        return new OverflowOutcome(rejected, dropped, kept);
    }
}
// </BackpressureModes>

// <WaitingProducer>
public static class WaitingProducer
{
    /// <summary>
    /// FullMode.Wait: the producer awaits WriteAsync, so it can never run more than
    /// <paramref name="capacity"/> items ahead of the consumer. Returns the largest
    /// backlog the consumer ever saw and the items it read, in order.
    /// </summary>
    public static async Task<(int MaxBacklog, List<int> Received)> RunAsync(int capacity, int count)
    {
        var channel = Channel.CreateBounded<int>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });

        var producer = Task.Run(async () =>
        {
            for (var i = 1; i <= count; i++) await channel.Writer.WriteAsync(i); // suspends when full
            channel.Writer.Complete();
        });

        var received = new List<int>();
        var maxBacklog = 0;
        await foreach (var item in channel.Reader.ReadAllAsync())
        {
            maxBacklog = Math.Max(maxBacklog, channel.Reader.Count); // still buffered after this one
            received.Add(item);
        }
        await producer;
        return (maxBacklog, received);
    }
}
// </WaitingProducer>
