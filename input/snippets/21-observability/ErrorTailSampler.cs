using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace UnderLoad.Snippets.Observability;

// <ErrorTailSampler>
/// <summary>
/// Tail sampling inside one process: buffer a trace's spans until its local root ends, then export the
/// whole trace if any span failed, or else keep a fixed fraction chosen by trace id.
/// </summary>
public sealed class ErrorTailSamplingProcessor(BaseExporter<Activity> exporter, double keepRatio)
    : BaseProcessor<Activity>
{
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<Activity>> _pending = new();

    public int PendingTraces => _pending.Count;

    public override void OnEnd(Activity span)
    {
        var spans = _pending.GetOrAdd(span.TraceId, _ => new ConcurrentQueue<Activity>());
        spans.Enqueue(span);
        if (span.Parent is not null) return;                  // not the local root: wait for it
        _pending.TryRemove(span.TraceId, out _);

        var batch = spans.ToArray();
        if (batch.Any(IsError) || KeepByTraceId(span.TraceId, keepRatio))
            exporter.Export(new Batch<Activity>(batch, batch.Length));
    }

    public static bool IsError(Activity span) =>
        span.Status == ActivityStatusCode.Error || span.GetTagItem("error.type") is not null;

    /// <summary>
    /// Uses the trace id's last 7 bytes (56 random bits in W3C Trace Context Level 2), so every service
    /// that applies the same ratio makes the same decision for the same trace.
    /// </summary>
    public static bool KeepByTraceId(ActivityTraceId traceId, double ratio)
    {
        Span<byte> bytes = stackalloc byte[16];
        traceId.CopyTo(bytes);
        var random56 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) & 0x00FF_FFFF_FFFF_FFFFUL;
        return random56 < (ulong)(ratio * (1UL << 56));
    }
}
// </ErrorTailSampler>
