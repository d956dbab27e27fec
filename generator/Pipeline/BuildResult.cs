namespace UnderLoad.Generator.Pipeline;

public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int Pages, TimeSpan Elapsed,
    IReadOnlyDictionary<string, TimeSpan> Timings, long PeakMemoryBytes)
{
    /// <summary>Processor time per phase, summed over threads (how much of the machine a phase used).</summary>
    public IReadOnlyDictionary<string, TimeSpan> CpuTimings { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>Bytes allocated per phase (all threads, including work on the side while it ran): what the GC has to clear.</summary>
    public IReadOnlyDictionary<string, long> AllocatedBytes { get; init; } = new Dictionary<string, long>();

    /// <summary>Results of each kind this build took from the build cache (hits) and computed (misses); empty without one.</summary>
    public IReadOnlyDictionary<string, (int Hits, int Misses)> CacheCounts { get; init; } = new Dictionary<string, (int, int)>();
}
