using UnderLoad.Generator.Site;
using System.Diagnostics;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Runs the pipeline into a staging folder beside output/ and swaps it in only when the run has no error:
/// a failed build leaves the previous output/ exactly as it was.
/// </summary>
public static class SiteBuilder
{
    /// <param name="modules">The pipeline to run (tests pass another order); <see cref="SitePipeline.Modules"/> by default.</param>
    /// <exception cref="PipelineOrderException">A module needs what only a module below it makes; nothing ran.</exception>
    public static BuildResult Build(BuildOptions options, IReadOnlyList<IModule>? modules = null)
    {
        modules ??= SitePipeline.Modules(options);
        PipelineOrder.Check(modules);
        var stopwatch = Stopwatch.StartNew();
        var output = Path.GetFullPath(options.OutputDir);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var diagnosticsBeforeSite = new Diagnostics();
        var site = SiteConfig.Load(options.InputDir, diagnosticsBeforeSite, options.Display("site.yml"));
        var cache = BuildCache.For(options);
        cache?.BeginBuild();
        var context = new BuildContext(options, site, staging, cache);
        foreach (var d in diagnosticsBeforeSite.All) context.Diagnostics.Error(d.Path, d.Line, d.Message, d.Hint);

        IReadOnlyList<Document> documents = [];
        using var process = Process.GetCurrentProcess();
        var cpuTimings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            if (!Directory.Exists(options.InputDir))
            {
                context.Diagnostics.Error(options.InputDisplay, 0, "the input folder does not exist", "pass --input with a folder of markdown files.");
            }
            else
            {
                foreach (var module in modules)
                {
                    if (module is Modules.WriteFiles && context.Diagnostics.HasErrors) break;
                    var started = Stopwatch.GetTimestamp();
                    var cpuStarted = process.TotalProcessorTime;
                    var allocatedBefore = GC.GetTotalAllocatedBytes();
                    // Handed over: the module may let go of each page once it has its next version (the runner keeps none).
                    documents = module.Execute(new HandedOverPages(documents), context);
                    context.Timings.AddOrUpdate(module.Phase, Stopwatch.GetElapsedTime(started), (_, t) => t + Stopwatch.GetElapsedTime(started));
                    process.Refresh();
                    var cpu = process.TotalProcessorTime - cpuStarted;
                    cpuTimings[module.Phase] = cpuTimings.GetValueOrDefault(module.Phase) + cpu;
                    allocated[module.Phase] = allocated.GetValueOrDefault(module.Phase) + GC.GetTotalAllocatedBytes() - allocatedBefore;
                }
            }

            context.Bodies.Dispose(); // every page is laid out: the bodies' file must not become part of output/
            // Highlighting runs inside the markdown phase on several threads: this is its time summed over them.
            context.Timings["highlight (summed)"] = context.Highlighter.Elapsed;

            if (!context.Diagnostics.HasErrors)
            {
                var swapStarted = Stopwatch.GetTimestamp();
                if (cache is not null) context.Background.Add(Task.Run(cache.Save));
                try
                {
                    Task.WaitAll(context.Background);
                }
                catch (AggregateException e)
                {
                    // The site archive is written on the side: if that failed, the new site is not whole.
                    context.Diagnostics.Error(Path.GetFileName(output) + "/", 0, $"writing the site failed: {e.InnerException?.Message ?? e.Message}",
                        "check the free space and permissions where the output folder is; the previous output/ was left as it was.");
                }

                if (!context.Diagnostics.HasErrors) Swap(staging, output, deleteOldLater: options.KeepCaches);
                context.Timings.AddOrUpdate("write", Stopwatch.GetElapsedTime(swapStarted), (_, t) => t + Stopwatch.GetElapsedTime(swapStarted));
            }
        }
        finally
        {
            // Work that overlapped the last modules (the zip) must be done with the staging folder before it goes.
            try
            {
                Task.WaitAll(context.Background);
            }
            catch (AggregateException) when (context.Diagnostics.HasErrors)
            {
                // The build failed already; that error is the one to report.
            }

            context.Bodies.Dispose();
            if (Directory.Exists(staging)) TryDelete(staging);
        }

        return new BuildResult(!context.Diagnostics.HasErrors, context.Diagnostics.All, documents.Count, stopwatch.Elapsed,
            new Dictionary<string, TimeSpan>(context.Timings), Process.GetCurrentProcess().PeakWorkingSet64) 
        {
            CpuTimings = cpuTimings,
            AllocatedBytes = allocated,
            CacheCounts = cache?.AllCounts() ?? new Dictionary<string, (int, int)>(),
        };
    }

    /// <summary>Replaces output/ with the staging folder by two renames.</summary>
    /// <param name="deleteOldLater">`serve`: the old folder goes on a background thread, after the reload is sent.</param>
    private static void Swap(string staging, string output, bool deleteOldLater)
    {
        string? old = null;
        if (Directory.Exists(output))
        {
            old = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
        if (old is null) return;
        if (deleteOldLater) Task.Run(() => TryDelete(old));
        else TryDelete(old);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next build makes its own.
        }
    }
}
