using System.Diagnostics;
using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Trace;
using UnderLoad.Snippets.Observability;

namespace UnderLoad.Snippets.Tests.Observability;

public class OrderServicesTests
{
    private static readonly ActivitySource Browser = new("UnderLoad.Tests.Browser");

    [Fact]
    public async Task A_request_through_two_services_yields_one_trace_with_correct_parents()
    {
        var exported = new List<Activity>();
        using var tracing = OrderServices.CreateTracing(exported);
        using var browserListener = ListenTo(Browser.Name);

        await using var stock = OrderServices.Stock();
        await stock.StartAsync();
        await using var orders = OrderServices.Orders(new Uri(stock.Urls.Single()));
        await orders.StartAsync();

        string body;
        ActivityTraceId traceId;
        using (var click = Browser.StartActivity("checkout click", ActivityKind.Client)!)
        {
            traceId = click.TraceId;
            using var http = new HttpClient { BaseAddress = new Uri(orders.Urls.Single()) };
            body = await http.GetStringAsync("/orders/42");
        }
        await orders.StopAsync(); // waits for in-flight requests, so every server span has ended
        await stock.StopAsync();
        tracing.ForceFlush();

        Assert.Contains("\"tenant\":\"acme\"", body); // baggage crossed the hop
        List<Activity> trace;
        lock (exported) trace = exported.Where(a => a.TraceId == traceId).ToList();

        // The chain: browser -> orders client span -> orders server -> LoadOrder -> stock client -> stock server.
        var ordersClient = Client(trace, "/orders/42");
        var ordersServer = trace.Single(a => a.Kind == ActivityKind.Server && a.ParentSpanId == ordersClient.SpanId);
        var loadOrder = trace.Single(a => a.OperationName == "LoadOrder");
        var stockClient = Client(trace, "/stock/sku-42");
        var stockServer = trace.Single(a => a.Kind == ActivityKind.Server && a.ParentSpanId == stockClient.SpanId);

        Assert.Equal(ordersServer.SpanId, loadOrder.ParentSpanId);
        Assert.Equal(loadOrder.SpanId, stockClient.ParentSpanId);
        Assert.NotEqual(ordersServer.SpanId, stockServer.SpanId);
        Assert.Equal(5, trace.Count);
        Assert.Equal(42, loadOrder.GetTagItem("order.id"));
        Assert.All(trace, a => Assert.Equal(traceId, a.TraceId));
        Assert.Equal(trace.Count, trace.Select(a => a.SpanId).Distinct().Count());
    }

    private static Activity Client(List<Activity> trace, string path) =>
        trace.Single(a => a.Kind == ActivityKind.Client
            && a.GetTagItem("url.full") is string url && new Uri(url).AbsolutePath == path);

    private static ActivityListener ListenTo(string source)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
