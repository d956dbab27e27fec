using System.Net;
using Microsoft.AspNetCore.Builder;
using UnderLoad.Snippets.ServletContainers;

namespace UnderLoad.Snippets.Tests.ServletContainers;

public class KestrelConcurrencyTests
{
    [Fact]
    public async Task Beyond_permits_plus_queue_requests_are_rejected_with_503_at_once()
    {
        var entered = 0;
        var twoRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = KestrelConcurrency.Build(permits: 2, queue: 1, async context =>
        {
            if (Interlocked.Increment(ref entered) == 2) twoRunning.SetResult();
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(5));
            context.Response.StatusCode = 200;
        });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var running = new[] { client.GetAsync("/work"), client.GetAsync("/work") };
        await twoRunning.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var late = new[] { client.GetAsync("/work"), client.GetAsync("/work") };

        // One of the two late requests takes the single queue slot; the other is refused immediately.
        var first = await (await Task.WhenAny(late).WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(2, Volatile.Read(ref entered));
        Assert.All(running, t => Assert.False(t.IsCompleted));

        gate.SetResult();
        var all = await Task.WhenAll(running.Concat(late)).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(3, all.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1, all.Count(r => r.StatusCode == HttpStatusCode.ServiceUnavailable));
        Assert.Equal(3, Volatile.Read(ref entered));                     // the queued one ran after the gate opened
        await app.StopAsync();
    }
}
