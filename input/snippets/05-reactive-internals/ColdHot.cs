using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace UnderLoad.Snippets.ReactiveInternals;

// <ColdStream>
/// <summary>Cold: nothing happens until someone enumerates, and each enumeration starts over.</summary>
public sealed class ColdQuotes(Func<int, int> fetchQuote)
{
    private int _subscriptions;
    public int Subscriptions => _subscriptions;

    public async IAsyncEnumerable<int> Stream(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Interlocked.Increment(ref _subscriptions); // like Flux.defer: the work is per subscriber
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return fetchQuote(i); // called again for every subscriber
        }
    }
}
// </ColdStream>

// <HotStream>
/// <summary>
/// Hot: one source, emitting whether or not anyone listens. A late subscriber sees only
/// what is published after it joined; a slow one loses its oldest items, not the others' items.
/// </summary>
public sealed class Broadcast<T>
{
    private readonly object _gate = new();
    private readonly List<Channel<T>> _subscribers = [];

    public ChannelReader<T> Subscribe(int bufferPerSubscriber)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(bufferPerSubscriber)
        {
            FullMode = BoundedChannelFullMode.DropOldest, // one slow consumer must not stall the source
            SingleReader = true,
        });
        lock (_gate) _subscribers.Add(channel);
        return channel.Reader;
    }

    public void Publish(T item)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(item);
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers) subscriber.Writer.TryComplete();
        }
    }
}
// </HotStream>
