using System.CommandLine;
using Spectre.Console;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Cli;

/// <summary>The options shared by build and serve, and how a build is reported.</summary>
public static class BuildCommand
{
    public static readonly Option<string?> Input = new("--input") { Description = "Folder of markdown to build (default: input/ of the repository, else the current folder)." };
    public static readonly Option<string?> Output = new("--output") { Description = "Folder to write the site into (default: output/). Replaced only by a successful build." };
    public static readonly Option<string?> Theme = new("--theme") { Description = "Theme folder with layouts/ and assets/ (default: theme/; files it lacks come from the built-in theme)." };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Absolute URL the site is served from (canonical links, sitemap). Overrides site.yml." };
    public static readonly Option<bool> Strict = new("--strict") { Description = "CI mode: uncached diagrams and untested snippets fail the build." };
    public static readonly Option<bool> Timings = new("--timings") { Description = "Report the time of each phase and peak memory." };
    public static readonly Option<string?> Coverage = new("--coverage") { Description = "Cobertura coverage report of the snippets (default: the newest under tests/Snippets.Tests/TestResults)." };
    public static readonly Option<string?> Cache = new("--cache") { Description = "Folder for results kept between builds: highlighted code, rewritten diagrams, processed pages (default: $XDG_CACHE_HOME/under-load/…)." };
    public static readonly Option<bool> NoCache = new("--no-cache") { Description = "Compute everything, keep nothing between builds." };

    public static Command Create()
    {
        var command = new Command("build", "Build the site from input/ and theme/ into output/.");
        foreach (var option in new Option[] { Input, Output, Theme, BaseUrl, Strict, Timings, Coverage, Cache, NoCache }) command.Options.Add(option);
        command.SetAction(result =>
        {
            var options = Options(result);
            var outcome = SiteBuilder.Build(options);
            Report(outcome, options, result.GetValue(Timings));
            if (outcome.Succeeded) foreach (var line in Offline.OfflineSizes.Describe(options.OutputDir)) Console.WriteLine("  " + line);
            return outcome.Succeeded ? 0 : 1;
        });
        return command;
    }

    public static BuildOptions Options(ParseResult result)
    {
        var root = RepositoryRoot();
        string Resolve(string? given, string fallback) => Path.GetFullPath(given ?? Path.Combine(root, fallback));
        // Without --input: the repository's input/, else the folder the command runs in (a plain folder of markdown).
        var input = Resolve(result.GetValue(Input), Directory.Exists(Path.Combine(root, "input")) ? "input" : ".");
        return new BuildOptions
        {
            InputDir = input,
            InputDisplay = Path.GetRelativePath(Directory.GetCurrentDirectory(), input).Replace('\\', '/'),
            CacheDir = result.GetValue(NoCache) ? null : result.GetValue(Cache) is { } cache ? Path.GetFullPath(cache) : BuildCache.DefaultFolder(input),
            OutputDir = Resolve(result.GetValue(Output), "output"),
            // The site's theme/ (whole, or overriding the default theme file by file), else the theme built into the tool.
            ThemeDir = Site.ThemeFolder.Resolve(Resolve(result.GetValue(Theme), "theme"), BuildCache.Root),
            BaseUrl = result.GetValue(BaseUrl),
            Strict = result.GetValue(Strict),
            CoverageReport = result.GetValue(Coverage),
            RepositoryRoot = File.Exists(Path.Combine(root, "Site.sln")) ? root : null,
        };
    }

    /// <summary>The folder holding Site.sln above the current directory, or the current directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        }

        return Directory.GetCurrentDirectory();
    }

    private const string Green = "32", Red = "31";

    /// <summary>
    /// The outcome line, its first words in colour on a terminal (not when NO_COLOR is set). Written directly: starting
    /// Spectre.Console for one line took ~40 ms, a tenth of a small site's build; the timings table still uses it.
    /// </summary>
    private static void Say(string lead, string colour, string rest)
    {
        var ansi = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        Console.Out.WriteLine(ansi ? $"\u001b[{colour}m{lead}\u001b[0m{rest}" : lead + rest);
    }

    public static void Report(BuildResult outcome, BuildOptions options, bool timings)
    {
        foreach (var diagnostic in outcome.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        var errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = outcome.Diagnostics.Count - errors;
        if (outcome.Succeeded)
        {
            Say("Built", Green, $" {outcome.Pages} pages into {options.OutputDir} in {outcome.Elapsed.TotalMilliseconds:F0} ms" +
                                (warnings > 0 ? $" with {warnings} warning(s)" : "") + ".");
        }
        else
        {
            Say("Build failed", Red, $" with {errors} error(s){(warnings > 0 ? $" and {warnings} warning(s)" : "")}; {options.OutputDir} was left as it was.");
        }

        if (timings)
        {
            var table = new Table().AddColumn("phase").AddColumn(new TableColumn("ms").RightAligned()).AddColumn(new TableColumn("cpu ms").RightAligned())
                .AddColumn(new TableColumn("alloc MB").RightAligned());
            static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
            static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
            string[] order = ["read", "front matter", "snippets", "parse", "diagrams", "markdown", "highlight (summed)", "layout", "post-process", "search index", "offline", "write"];
            foreach (var phase in order.Concat(outcome.Timings.Keys.Except(order)))
            {
                if (outcome.Timings.TryGetValue(phase, out var time))
                {
                    table.AddRow(phase, Ms(time), outcome.CpuTimings.TryGetValue(phase, out var cpu) ? Ms(cpu) : "",
                        outcome.AllocatedBytes.TryGetValue(phase, out var bytes) ? Mb(bytes) : "");
                }
            }

            table.AddRow("[bold]total[/]", Ms(outcome.Elapsed), Ms(outcome.CpuTimings.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b)),
                Mb(outcome.AllocatedBytes.Values.Sum()));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"peak memory: {outcome.PeakMemoryBytes / 1024.0 / 1024.0:F0} MB; garbage collections " +
                                   $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; " +
                                   $"JIT compiled {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
        }
    }
}
