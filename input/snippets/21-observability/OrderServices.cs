using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace UnderLoad.Snippets.Observability;

public static class OrderServices
{
    public static readonly ActivitySource Source = new("UnderLoad.Orders");

    // <Tracing>
    /// <summary>
    /// One tracer for the process: ASP.NET Core server spans, HttpClient client spans, our own spans.
    /// Services behind the edge never start a trace; they record what arrives with the sampled flag set.
    /// </summary>
    public static TracerProvider CreateTracing(ICollection<Activity> exported) =>
        Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("orders-demo"))
            .AddSource("Microsoft.AspNetCore")  // built-in server spans (the hosting layer)
            .AddSource("System.Net.Http")       // built-in client spans; the handler injects traceparent
            .AddSource(Source.Name)
            .SetSampler(new ParentBasedSampler(new AlwaysOffSampler())) // follow the caller's sampled flag
            .AddInMemoryExporter(exported)
            .Build()!;
    // </Tracing>

    // <Services>
    /// <summary>The stock service: reads the tenant from baggage that came in with the request.</summary>
    public static WebApplication Stock()
    {
        var app = CreateApp();
        app.MapGet("/stock/{sku}", (string sku) =>
            Results.Ok(new { sku, tenant = Activity.Current?.GetBaggageItem("tenant"), available = 3 }));
        return app;
    }

    /// <summary>The order service: one span of its own, then a call to the stock service.</summary>
    public static WebApplication Orders(Uri stockService)
    {
        var app = CreateApp(services => services.AddHttpClient("stock", c => c.BaseAddress = stockService));
        app.MapGet("/orders/{id:int}", async (int id, IHttpClientFactory clients) =>
        {
            using var span = Source.StartActivity("LoadOrder");
            span?.SetTag("order.id", id);
            span?.AddBaggage("tenant", "acme");           // travels to every downstream call
            var stock = await clients.CreateClient("stock").GetStringAsync($"/stock/sku-{id}");
            return Results.Content(stock, "application/json");
        });
        return app;
    }
    // </Services>

    private static WebApplication CreateApp(Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
