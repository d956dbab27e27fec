using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.ApiGateway;

namespace UnderLoad.Snippets.Tests.ApiGateway;

public sealed class RequestBatcherTests
{
    private readonly List<IReadOnlyCollection<int>> _calls = [];

    private Task<IReadOnlyDictionary<int, string>> FetchMany(IReadOnlyCollection<int> ids)
    {
        lock (_calls) _calls.Add(ids.ToArray());
        IReadOnlyDictionary<int, string> result = ids.Where(id => id >= 0).ToDictionary(id => id, id => $"user-{id}");
        return Task.FromResult(result);
    }

    [Fact]
    public async Task Concurrent_lookups_within_the_delay_become_one_call()
    {
        var clock = new FakeTimeProvider();
        var batcher = new RequestBatcher<int, string>(FetchMany, maxBatchSize: 100, TimeSpan.FromMilliseconds(5), clock);

        var lookups = Enumerable.Range(0, 60).Select(i => batcher.LoadAsync(i % 50)).ToArray(); // 10 duplicates
        Assert.Empty(_calls);                            // nothing sent before the deadline
        clock.Advance(TimeSpan.FromMilliseconds(5));
        var users = await Task.WhenAll(lookups);

        Assert.Single(_calls);
        Assert.Equal(50, _calls[0].Count);
        Assert.Equal("user-7", users[57]);
    }

    [Fact]
    public async Task A_full_batch_leaves_at_once_and_the_rest_at_the_deadline()
    {
        var clock = new FakeTimeProvider();
        var batcher = new RequestBatcher<int, string>(FetchMany, maxBatchSize: 10, TimeSpan.FromMilliseconds(5), clock);

        var lookups = Enumerable.Range(0, 25).Select(batcher.LoadAsync).ToArray();
        await Task.WhenAll(lookups.Take(20));
        Assert.Equal([10, 10], _calls.Select(c => c.Count));
        clock.Advance(TimeSpan.FromMilliseconds(5));
        await Task.WhenAll(lookups);
        Assert.Equal([10, 10, 5], _calls.Select(c => c.Count));
    }

    [Fact]
    public async Task Missing_keys_and_failed_calls_surface_to_their_callers()
    {
        var clock = new FakeTimeProvider();
        var batcher = new RequestBatcher<int, string>(FetchMany, 10, TimeSpan.FromMilliseconds(5), clock);
        var missing = batcher.LoadAsync(-1);
        var found = batcher.LoadAsync(1);
        clock.Advance(TimeSpan.FromMilliseconds(5));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => missing);
        Assert.Equal("user-1", await found);

        var failing = new RequestBatcher<int, string>(_ => throw new TimeoutException("upstream"), 10, TimeSpan.FromMilliseconds(5), clock);
        var a = failing.LoadAsync(1);
        var b = failing.LoadAsync(2);
        clock.Advance(TimeSpan.FromMilliseconds(5));
        await Assert.ThrowsAsync<TimeoutException>(() => a);
        await Assert.ThrowsAsync<TimeoutException>(() => b);
    }
}
