using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.LatencyBudgeting;

namespace UnderLoad.Snippets.Tests.LatencyBudgeting;

public class ProductPageTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5); // safety net only, never a timing assertion

    private static (FakeTimeProvider, FakeDownstream, ProductPageHandler) Make(int recsMs = 100)
    {
        var time = new FakeTimeProvider();
        var latency = new Dictionary<string, TimeSpan>
        {
            ["user"] = TimeSpan.FromMilliseconds(80),
            ["inventory"] = TimeSpan.FromMilliseconds(120),
            ["pricing"] = TimeSpan.FromMilliseconds(200),
            ["recommendations"] = TimeSpan.FromMilliseconds(recsMs),
        };
        var downstream = new FakeDownstream(time, latency);
        return (time, downstream, new ProductPageHandler(downstream, time));
    }

    [Fact]
    public async Task Sequential_calls_cost_the_sum_500_ms()
    {
        var (time, downstream, handler) = Make();
        var run = handler.SequentialAsync(CancellationToken.None);
        foreach (var (name, ms) in new[] { ("user", 80), ("inventory", 120), ("pricing", 200), ("recommendations", 100) })
        {
            Assert.Equal(name, await downstream.Started.ReadAsync().AsTask().WaitAsync(Guard));
            Assert.False(run.IsCompleted);
            time.Advance(TimeSpan.FromMilliseconds(ms));
        }
        var page = await run.WaitAsync(Guard);
        Assert.Equal(TimeSpan.FromMilliseconds(500), page.Elapsed);
    }

    [Fact]
    public async Task Concurrent_calls_cost_the_critical_path_200_ms()
    {
        var (time, _, handler) = Make();
        var run = handler.ConcurrentAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(150), CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(run.IsCompleted); // pricing (200 ms) is still outstanding
        time.Advance(TimeSpan.FromMilliseconds(1));
        var page = await run.WaitAsync(Guard);
        Assert.Equal(TimeSpan.FromMilliseconds(200), page.Elapsed);
        Assert.Equal("recommendations:ok", page.Recommendations);
        Assert.Equal("pricing:ok", page.Price);
    }

    [Fact]
    public async Task A_slow_optional_call_is_dropped_at_its_budget()
    {
        var (time, _, handler) = Make(recsMs: 400);
        var run = handler.ConcurrentAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(250), CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.False(run.IsCompleted); // required calls done, still inside the optional budget
        time.Advance(TimeSpan.FromMilliseconds(50));
        var page = await run.WaitAsync(Guard);
        Assert.Null(page.Recommendations);
        Assert.Equal(TimeSpan.FromMilliseconds(250), page.Elapsed);
    }

    [Fact]
    public async Task A_required_call_past_the_deadline_fails_the_request_at_the_deadline()
    {
        var (time, _, handler) = Make();
        var run = handler.ConcurrentAsync(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(100), CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(150));
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => run.WaitAsync(Guard));
        Assert.Contains("150 ms", ex.Message);
    }
}
