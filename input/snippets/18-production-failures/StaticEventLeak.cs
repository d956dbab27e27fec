namespace UnderLoad.Snippets.ProductionFailures;

// <StaticEventLeak>
/// <summary>A process-wide feed. A static event is a GC root: every subscriber stays alive with it.</summary>
public static class PriceFeed
{
    public static event EventHandler<decimal>? PriceChanged;

    public static int SubscriberCount => PriceChanged?.GetInvocationList().Length ?? 0;

    public static void Publish(decimal price) => PriceChanged?.Invoke(null, price);
}

/// <summary>A per-request object that subscribes to the feed and holds a buffer big enough for the LOH.</summary>
public sealed class QuoteWidget : IDisposable
{
    private readonly byte[] _buffer = new byte[100_000]; // > 85,000 bytes: allocated on the LOH

    public QuoteWidget() => PriceFeed.PriceChanged += OnPrice;

    public decimal Last { get; private set; }

    private void OnPrice(object? sender, decimal price)
    {
        Last = price;
        _buffer[0] = (byte)price;
    }

    // Forget to call this, and the feed's delegate list keeps the widget and its buffer forever.
    public void Dispose() => PriceFeed.PriceChanged -= OnPrice;
}
// </StaticEventLeak>

// <HeapProbe>
public readonly record struct HeapReading(long LiveBytes, long LohBytes);

public static class HeapProbe
{
    /// <summary>Forces a full blocking GC and reads what survived it, as a gen2 dashboard would.</summary>
    public static HeapReading AfterFullGc()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var loh = info.GenerationInfo[3]; // 0, 1, 2 = generations, 3 = LOH, 4 = POH
        return new HeapReading(
            info.HeapSizeBytes - info.FragmentedBytes,
            loh.SizeAfterBytes - loh.FragmentationAfterBytes);
    }
}
// </HeapProbe>

public static class PriceFeedTestHooks
{
    /// <summary>Drops every subscriber (tests only, so one test's leak does not leak into the next).</summary>
    public static void Reset()
    {
        var field = typeof(PriceFeed).GetField(nameof(PriceFeed.PriceChanged),
            System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic);
        field!.SetValue(null, null);
    }
}
