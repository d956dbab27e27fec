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

    [Fact]
    public void Widgets_never_unsubscribed_stay_on_the_heap()
    {
        var before = HeapProbe.AfterFullGc();

        RenderWidgets(dispose: false);
        var after = HeapProbe.AfterFullGc();

        Assert.Equal(Widgets, PriceFeed.SubscriberCount);
        Assert.True(after.LiveBytes - before.LiveBytes > Widgets * WidgetBytes * 9 / 10,
            $"live heap grew by {after.LiveBytes - before.LiveBytes:N0} bytes");
        Assert.True(after.LohBytes - before.LohBytes > Widgets * WidgetBytes * 9 / 10,
            $"LOH grew by {after.LohBytes - before.LohBytes:N0} bytes");
    }

    [Fact]
    public void Heap_grows_every_round_while_the_leak_is_in_place()
    {
        var readings = new List<long> { HeapProbe.AfterFullGc().LiveBytes };
        for (var round = 0; round < 3; round++)
        {
            RenderWidgets(dispose: false);
            readings.Add(HeapProbe.AfterFullGc().LiveBytes);
        }

        for (var i = 1; i < readings.Count; i++)
            Assert.True(readings[i] - readings[i - 1] > Widgets * WidgetBytes * 9 / 10,
                $"round {i}: {readings[i] - readings[i - 1]:N0} bytes");
    }

    [Fact]
    public void Disposed_widgets_are_collected()
    {
        var before = HeapProbe.AfterFullGc();

        RenderWidgets(dispose: true);
        var after = HeapProbe.AfterFullGc();

        Assert.Equal(0, PriceFeed.SubscriberCount);
        Assert.True(after.LiveBytes - before.LiveBytes < Widgets * WidgetBytes / 3,
            $"live heap grew by {after.LiveBytes - before.LiveBytes:N0} bytes");
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
