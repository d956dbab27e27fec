using System.Globalization;
using System.Text;
using UnderLoad.Snippets.ThreadStarvation;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ThreadStarvation;

public class ThreadInjectionModelTests
{
    private const int Processors = 4, Requests = 200, IoMs = 100;

    [Fact]
    public void Async_requests_finish_after_one_io_wait_on_the_minimum_threads()
    {
        var r = ThreadInjectionModel.Run("async", Processors, Requests, IoMs, blocking: false, Injection.CooperativeBlocking);

        Assert.Equal(IoMs, r.AllDoneMs);
        Assert.Equal(Processors, r.PeakThreads);
    }

    [Fact]
    public void Blocking_requests_wait_for_threads_the_pool_adds_slowly()
    {
        var starving = ThreadInjectionModel.Run("gate", Processors, Requests, IoMs, blocking: true, Injection.StarvationOnly);
        var cooperative = ThreadInjectionModel.Run("coop", Processors, Requests, IoMs, blocking: true, Injection.CooperativeBlocking);

        Assert.True(starving.AllDoneMs > 10 * IoMs, $"{starving.AllDoneMs} ms");
        Assert.True(cooperative.AllDoneMs < starving.AllDoneMs);
        Assert.True(cooperative.AllDoneMs > 5 * IoMs, $"{cooperative.AllDoneMs} ms");
        Assert.True(cooperative.PeakThreads > 4 * Processors, $"{cooperative.PeakThreads} threads");
    }

    [Fact]
    public void Injection_delay_follows_the_documented_steps()
    {
        Assert.Equal(500, ThreadInjectionModel.DelayBeforeNextThread(0, 4, Injection.StarvationOnly));
        Assert.Equal(0, ThreadInjectionModel.DelayBeforeNextThread(3, 4, Injection.CooperativeBlocking));   // first 1 x procs: no delay
        Assert.Equal(25, ThreadInjectionModel.DelayBeforeNextThread(4, 4, Injection.CooperativeBlocking));
        Assert.Equal(50, ThreadInjectionModel.DelayBeforeNextThread(8, 4, Injection.CooperativeBlocking));
        Assert.Equal(250, ThreadInjectionModel.DelayBeforeNextThread(400, 4, Injection.CooperativeBlocking)); // capped at MaxDelayMs
    }

    [Fact]
    public void Burst_compared()
    {
        var rows = new[]
        {
            ThreadInjectionModel.Run("async/await", Processors, Requests, IoMs, blocking: false, Injection.CooperativeBlocking),
            ThreadInjectionModel.Run("sync-over-async, cooperative blocking (.NET 6+)", Processors, Requests, IoMs, blocking: true, Injection.CooperativeBlocking),
            ThreadInjectionModel.Run("blocking the pool cannot see (starvation gate only)", Processors, Requests, IoMs, blocking: true, Injection.StarvationOnly),
        };
        var text = new StringBuilder();
        text.AppendLine("| 200 requests at once, 100 ms IO each, 4 cores | threads at peak | last request done | mean latency |");
        text.AppendLine("|---|---|---|---|");
        foreach (var r in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.PeakThreads} | {r.AllDoneMs} ms | {r.MeanLatencyMs:F0} ms |");
        Snapshot.Verify(text.ToString(), "Burst");
    }
}
