using System.Runtime.CompilerServices;
using UnderLoad.Snippets.ProductionFailures;

namespace UnderLoad.Snippets.Tests.ProductionFailures;

[CollectionDefinition(nameof(HeapMeasurement), DisableParallelization = true)]
public sealed class HeapMeasurement;

/// <summary>Runs alone: heap readings are process-wide, so no other test may allocate meanwhile.</summary>
[Collection(nameof(HeapMeasurement))]
public sealed class StaticEventLeakTests : IDisposable
{
    private const int Widgets = 300;
    private const long WidgetBytes = 100_000;

    public StaticEventLeakTests() => PriceFeedTestHooks.Reset();

    public void Dispose() => PriceFeedTestHooks.Reset();

    // Heap readings are process-wide: a test elsewhere in the process that frees or allocates between two readings
    // moves them. Noise can hide a leak (something else freed) or fake one (something else allocated), never both in
    // every try: a leak must show in one of three tries, and a fix in one of three.
    private const int Tries = 3;

    [Fact]
    public void Widgets_never_unsubscribed_stay_on_the_heap()
    {
        var growth = Enumerable.Range(0, Tries).Select(_ => Growth(dispose: false)).ToList();

        Assert.Equal(Widgets, PriceFeed.SubscriberCount);
        Assert.True(growth.Max(g => g.LiveBytes) > Widgets * WidgetBytes * 9 / 10,
            $"live heap grew by {string.Join(" / ", growth.Select(g => g.LiveBytes.ToString("N0")))} bytes");
        Assert.True(growth.Max(g => g.LohBytes) > Widgets * WidgetBytes * 9 / 10,
            $"LOH grew by {string.Join(" / ", growth.Select(g => g.LohBytes.ToString("N0")))} bytes");
    }

    [Fact]
    public void Heap_grows_every_round_while_the_leak_is_in_place()
    {
        var best = new List<long>();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            PriceFeedTestHooks.Reset();
            var readings = new List<long> { HeapProbe.AfterFullGc().LiveBytes };
            for (var round = 0; round < 3; round++)
            {
                RenderWidgets(dispose: false);
                readings.Add(HeapProbe.AfterFullGc().LiveBytes);
            }

            var steps = readings.Zip(readings.Skip(1), (a, b) => b - a).ToList();
            if (best.Count == 0 || steps.Min() > best.Min()) best = steps;
            if (best.Min() > Widgets * WidgetBytes * 9 / 10) break;
        }

        for (var i = 0; i < best.Count; i++)
            Assert.True(best[i] > Widgets * WidgetBytes * 9 / 10, $"round {i + 1}: {best[i]:N0} bytes");
    }

    [Fact]
    public void Disposed_widgets_are_collected()
    {
        var growth = Enumerable.Range(0, Tries).Select(_ => Growth(dispose: true)).ToList();

        Assert.Equal(0, PriceFeed.SubscriberCount);
        Assert.True(growth.Min(g => g.LiveBytes) < Widgets * WidgetBytes / 3,
            $"live heap grew by {string.Join(" / ", growth.Select(g => g.LiveBytes.ToString("N0")))} bytes");
    }

    /// <summary>How much the live heap and the LOH grew over rendering the widgets, from a feed with no subscribers.</summary>
    private static HeapReading Growth(bool dispose)
    {
        PriceFeedTestHooks.Reset();
        var before = HeapProbe.AfterFullGc();
        RenderWidgets(dispose);
        var after = HeapProbe.AfterFullGc();
        return new HeapReading(after.LiveBytes - before.LiveBytes, after.LohBytes - before.LohBytes);
    }

    [Fact]
    public void Subscribed_widgets_receive_prices()
    {
        using var widget = new QuoteWidget();
        PriceFeed.Publish(42m);
        Assert.Equal(42m, widget.Last);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RenderWidgets(bool dispose)
    {
        for (var i = 0; i < Widgets; i++)
        {
            var widget = new QuoteWidget();
            if (dispose) widget.Dispose();
        }
    }
}
