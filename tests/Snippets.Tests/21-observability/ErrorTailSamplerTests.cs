using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Trace;
using UnderLoad.Snippets.Observability;

namespace UnderLoad.Snippets.Tests.Observability;

public class ErrorTailSamplerTests
{
    [Fact]
    public void Keeps_every_error_trace_and_about_the_ratio_of_the_rest()
    {
        using var source = new ActivitySource("UnderLoad.Tests.Sampling");
        var exported = new List<Activity>();
        var processor = new ErrorTailSamplingProcessor(new InMemoryExporter<Activity>(exported), keepRatio: 0.1);
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(source.Name).SetSampler(new AlwaysOnSampler()).AddProcessor(processor).Build()!;

        var random = new Random(2024);
        var errorTraces = new HashSet<ActivityTraceId>();
        var bytes = new byte[16];
        for (var i = 0; i < 2_000; i++)
        {
            random.NextBytes(bytes); // seeded trace ids: the kept fraction is the same on every run
            var traceId = ActivityTraceId.CreateFromBytes(bytes);
            var remoteParent = new ActivityContext(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);

            using var root = source.StartActivity("GET /checkout", ActivityKind.Server, remoteParent)!;
            using (var db = source.StartActivity("SELECT orders")!)
            {
                if (i % 20 == 0) // 5% of requests fail in the database call
                {
                    db.SetStatus(ActivityStatusCode.Error, "deadlock");
                    errorTraces.Add(traceId);
                }
            }
            using (source.StartActivity("GET stock")) { }
        }

        var keptTraces = exported.GroupBy(a => a.TraceId).ToList();
        Assert.All(keptTraces, t => Assert.Equal(3, t.Count()));                     // whole traces, never fragments
        Assert.Superset(errorTraces, keptTraces.Select(t => t.Key).ToHashSet());       // every error trace kept
        var keptOk = keptTraces.Count(t => !errorTraces.Contains(t.Key));
        Assert.InRange(keptOk, 1_900 * 0.07, 1_900 * 0.13);                            // ~10% of the 1,900 others
        Assert.Equal(0, processor.PendingTraces);
    }

    [Fact]
    public void Decision_depends_only_on_the_trace_id()
    {
        var low = ActivityTraceId.CreateFromString("4bf92f3577b34da6a300000000000001");
        var high = ActivityTraceId.CreateFromString("4bf92f3577b34da6a3ffffffffffffff");

        Assert.True(ErrorTailSamplingProcessor.KeepByTraceId(low, 0.01));
        Assert.False(ErrorTailSamplingProcessor.KeepByTraceId(high, 0.99));
        Assert.True(ErrorTailSamplingProcessor.KeepByTraceId(high, 1.0));
        Assert.False(ErrorTailSamplingProcessor.KeepByTraceId(low, 0.0));
    }

    [Fact]
    public void An_error_type_tag_counts_as_an_error()
    {
        using var a = new Activity("x");
        Assert.False(ErrorTailSamplingProcessor.IsError(a));
        a.SetTag("error.type", "timeout");
        Assert.True(ErrorTailSamplingProcessor.IsError(a));
    }
}
