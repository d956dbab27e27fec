using System.CommandLine;
using System.Runtime;
using UnderLoad.Generator.Cli;
using UnderLoad.Generator.Pipeline;

// Under Load's site generator. Verbs: build (input/ + theme/ → output/), serve (preview with live reload), pdf (the printed book).
var root = new RootCommand("Builds the Under Load handbook: markdown, diagrams and tested C# snippets into a static site.")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    PdfCommand.Create(),
};

// Multi-core JIT: the runtime records which methods a run compiled and, next time, compiles them on another core
// before they are first called, while this one reads and parses. The profile sits in the build cache (--cache), or
// beside the default ones.
if (args.Length > 0 && !args.Contains("--no-cache"))
{
    try
    {
        var at = Array.IndexOf(args, "--cache");
        var profiles = at >= 0 && at + 1 < args.Length ? Path.GetFullPath(args[at + 1])
            : Path.Combine(Path.GetDirectoryName(BuildCache.DefaultFolder("."))!, "jit");
        Directory.CreateDirectory(profiles);
        ProfileOptimization.SetProfileRoot(profiles);
        ProfileOptimization.StartProfile(args[0] + ".jitprofile");
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        // No profile: the run is as fast as without one.
    }
}

return root.Parse(args).Invoke();
