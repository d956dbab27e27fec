using System.CommandLine;
using System.Runtime;
using UnderLoad.Generator.Cli;
using UnderLoad.Generator.Pipeline;

// A build's first use of Fluid, Markdig and ColorCode needs nothing from the command line: it starts on the idle core now.
WarmStart.Begin(args);

// Under Load's site generator. Verbs: build (input/ + theme/ → output/), serve (preview with live reload), pdf (the printed book).
var root = new RootCommand("Builds a folder of markdown (the Under Load handbook, or any docs folder) into a static site: search, diagrams, an offline book.")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    PdfCommand.Create(),
    InitCommand.Create(),
};

// Multi-core JIT: the runtime records which methods a run compiled and, next time, compiles them on another core
// before they are first called, while this one reads and parses. The profile of a verb sits in its --cache folder, or
// beside the default build caches; --no-cache keeps none. A run whose cache folder does not exist yet (a first build,
// a fresh clone, CI) records none: only a later build in the same folder could play it back, and writing it is
// ~14,000 small writes, ~40 ms of CPU at the end of a 300-page build (bench/Build).
var parsed = root.Parse(args);
if (parsed.Errors.Count == 0 && parsed.CommandResult.Command != root && !parsed.GetValue(BuildCommand.NoCache))
{
    try
    {
        var given = parsed.GetValue(BuildCommand.Cache);
        var caches = given is null ? BuildCache.Root : Path.GetFullPath(given);
        if (Directory.Exists(caches))
        {
            var profiles = given is null ? Directory.CreateDirectory(Path.Combine(caches, "jit")).FullName : caches;
            ProfileOptimization.SetProfileRoot(profiles);
            ProfileOptimization.StartProfile(parsed.CommandResult.Command.Name + ".jitprofile");
        }
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        // No profile: the run is as fast as without one.
    }
}

return parsed.Invoke();
