using System.Threading.Channels;

namespace UnderLoad.Snippets.LatencyBudgeting;

/// <summary>A downstream service with a fixed latency per call, on an injected clock.</summary>
public sealed class FakeDownstream(TimeProvider time, IReadOnlyDictionary<string, TimeSpan> latency)
{
    private readonly Channel<string> _started = Channel.CreateUnbounded<string>();

    /// <summary>Names of calls as they start (after their timer is armed), for tests.</summary>
    public ChannelReader<string> Started => _started.Reader;

    public async Task<string> CallAsync(string name, CancellationToken ct)
    {
        var delay = Task.Delay(latency[name], time, ct);
        _started.Writer.TryWrite(name);
        await delay;
        return $"{name}:ok";
    }
}

public sealed record ProductPage(string User, string Stock, string Price, string? Recommendations, TimeSpan Elapsed);

public sealed class ProductPageHandler(FakeDownstream downstream, TimeProvider time)
{
    // <Sequential>
    // Four independent calls awaited one after another: latency is the SUM.
    public async Task<ProductPage> SequentialAsync(CancellationToken ct)
    {
        long start = time.GetTimestamp();
        var user = await downstream.CallAsync("user", ct);
        var stock = await downstream.CallAsync("inventory", ct);
        var price = await downstream.CallAsync("pricing", ct);
        var recs = await downstream.CallAsync("recommendations", ct);
        return new ProductPage(user, stock, price, recs, time.GetElapsedTime(start));
    }
    // </Sequential>

    // <Concurrent>
    // The same calls started together: latency is the slowest REQUIRED call (the critical
    // path). The whole request has a deadline; the optional call gets a smaller budget and
    // is dropped, not waited for, when it overruns.
    public async Task<ProductPage> ConcurrentAsync(
        TimeSpan deadline, TimeSpan optionalBudget, CancellationToken ct)
    {
        long start = time.GetTimestamp();
        using var deadlineCts = new CancellationTokenSource(deadline, time);
        using var required = CancellationTokenSource.CreateLinkedTokenSource(ct, deadlineCts.Token);
        using var budgetCts = new CancellationTokenSource(optionalBudget, time);
        using var optional = CancellationTokenSource.CreateLinkedTokenSource(required.Token, budgetCts.Token);

        var recsTask = downstream.CallAsync("recommendations", optional.Token);
        var userTask = downstream.CallAsync("user", required.Token);
        var stockTask = downstream.CallAsync("inventory", required.Token);
        var priceTask = downstream.CallAsync("pricing", required.Token);
        try
        {
            await Task.WhenAll(userTask, stockTask, priceTask);
        }
        catch (OperationCanceledException) when (deadlineCts.IsCancellationRequested)
        {
            throw new TimeoutException($"Deadline of {deadline.TotalMilliseconds} ms exceeded.");
        }

        string? recs;
        try { recs = await recsTask; }
        catch (OperationCanceledException) when (budgetCts.IsCancellationRequested) { recs = null; }

        return new ProductPage(userTask.Result, stockTask.Result, priceTask.Result, recs,
            time.GetElapsedTime(start));
    }
    // </Concurrent>
}
