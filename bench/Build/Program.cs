using System.Diagnostics;
using System.Globalization;
using UnderLoad.Bench.Build;

// Build benchmark (see Build.Bench.csproj; --pages 300,3000 --cold 1 --warm 2 --work DIR --docfx PATH; --alternate N for the cold pairs with Hugo): times the published generator, Hugo and DocFX on the same synthetic corpus.
var pages = Arg("--pages", "300,3000").Split(',').Select(int.Parse).ToList();
var warmRuns = int.Parse(Arg("--warm", "2"), CultureInfo.InvariantCulture);
var coldRuns = int.Parse(Arg("--cold", "1"), CultureInfo.InvariantCulture);
var work = Path.GetFullPath(Arg("--work", Path.Combine(Path.GetTempPath(), "ul-build-bench")));
var repo = FindRepository();
Directory.CreateDirectory(work);
Runner.Trash = Path.Combine(work, "trash");

Console.WriteLine($"work folder: {work}");
// Published as a deployment would: Release, ReadyToRun (precompiled, so a build does not wait for the JIT;
// the real site builds in ~0.8 s instead of ~1.35 s), framework-dependent.
Console.WriteLine("publishing the generator (Release, ReadyToRun) …");
var generatorDir = Path.Combine(work, "generator");
// Published into an empty folder: a publish over another checkout's (same --work) kept that checkout's composite
// ReadyToRun image beside this one's assembly, and the runtime refused the pair ("MVID mismatch").
if (Directory.Exists(generatorDir)) Directory.Delete(generatorDir, recursive: true);
var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
var publish = Runner.Run("dotnet", ["publish", Path.Combine(repo, "generator", "Generator.csproj"), "-c", "Release", "-r", rid, "--self-contained", "false",
    "-p:PublishReadyToRun=true", "-o", generatorDir, "--nologo", "-v", "q"], repo);
if (publish.ExitCode != 0)
{
    Console.Error.WriteLine(publish.Output);
    return 1;
}

var generator = Path.Combine(generatorDir, "UnderLoad.Generator.dll");
var theme = Path.Combine(repo, "theme");
var hugo = Runner.Which("hugo");
var docfx = Environment.GetEnvironmentVariable("DOCFX") is { Length: > 0 } d ? d : ArgOrNull("--docfx") ?? Runner.Which("docfx")
    ?? new[] { Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "docfx") }.FirstOrDefault(File.Exists);
Console.WriteLine($"hugo: {hugo ?? "not installed (apt-get install hugo)"}; docfx: {docfx ?? "not installed (dotnet tool install -g docfx)"}");

// --alternate N: only the issue-19 comparison with Hugo (N cold pairs per page count, alternating order).
if (ArgOrNull("--alternate") is { } alternate)
{
    if (hugo is null)
    {
        Console.Error.WriteLine("--alternate needs Hugo: apt-get install hugo");
        return 1;
    }

    var lines = new List<string>();
    foreach (var count in pages)
    {
        var root = Path.Combine(work, $"corpus-{count}");
        Console.WriteLine($"writing the {count}-page corpus …");
        Runner.Delete(root);
        Corpus.Write(root, count);
        Console.WriteLine($"  {count} pages, alternating …");
        lines.Add(Alternating.Row(count, Alternating.Measure(generator, theme, hugo, root, int.Parse(alternate, CultureInfo.InvariantCulture))));
        Runner.EmptyTrash();
    }

    Console.WriteLine();
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {Runner.Which("hugo")} ({Runner.Run(hugo, ["version"], work).Output.Trim()}).");
    Console.WriteLine(Alternating.Header);
    foreach (var line in lines) Console.WriteLine(line);
    return 0;
}

var rows = new List<Row>();

// Process start alone, then the real handbook: what a writer waits for after a save.
var start = Runner.Time("dotnet", [generator, "--version"], work);
rows.Add(new Row("process start (generator --version)", "-", start, null));
var realOut = Path.Combine(work, "real-output");
// Each build keeps its build cache (and the multi-core JIT profile) beside its output: cold runs start without them.
var realCache = Path.Combine(work, "real-cache");
var realArgs = new[] { generator, "build", "--input", Path.Combine(repo, "input"), "--output", realOut, "--theme", theme, "--cache", realCache };
var realCold = Runner.Time("dotnet", realArgs, work, before: () => { Runner.Delete(realOut); Runner.Delete(realCache); });
var realWarm = Enumerable.Range(0, warmRuns).Select(_ => Runner.Time("dotnet", realArgs, work)).ToList();
rows.Add(new Row("Under Load generator", "real site", realCold, realWarm));

foreach (var count in pages)
{
    var root = Path.Combine(work, $"corpus-{count}");
    Console.WriteLine($"writing the {count}-page corpus …");
    Runner.Delete(root);
    Corpus.Write(root, count);
    var ourOut = Path.Combine(root, "ours", "output");
    var ourCache = Path.Combine(root, "ours", "cache");
    string[] ours = [generator, "build", "--input", Path.Combine(root, "ours", "input"), "--output", ourOut, "--theme", theme, "--cache", ourCache];
    Measure("Under Load generator", count, "dotnet", ours, Path.Combine(root, "ours"), ourOut, ourCache);
    if (hugo is not null)
    {
        var hugoDir = Path.Combine(root, "hugo");
        Measure("Hugo", count, hugo, ["--source", hugoDir, "--destination", Path.Combine(hugoDir, "public"), "--quiet"], hugoDir,
            Path.Combine(hugoDir, "public"), Path.Combine(hugoDir, "resources"));
    }

    if (docfx is not null)
    {
        var docfxDir = Path.Combine(root, "docfx");
        Measure("DocFX", count, docfx, ["build", Path.Combine(docfxDir, "docfx.json")], docfxDir, Path.Combine(docfxDir, "_site"), Path.Combine(docfxDir, "obj"));
    }
}

Console.WriteLine();
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; cold = median of {coldRuns} run(s) from nothing; warm = median of {warmRuns} runs after them.");
Console.WriteLine();
Console.WriteLine("| tool | pages | cold (s) | warm (s) | peak memory (MB) | cold vs Under Load | warm vs Under Load |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var row in rows)
{
    var ourRow = rows.FirstOrDefault(r => r.Tool == "Under Load generator" && r.Pages == row.Pages);
    string Ratio(Func<Row, double?> pick) => ourRow is null || row == ourRow || pick(row) is not { } a || pick(ourRow) is not { } b || b == 0 ? "" : $"{a / b:F2}×";
    Console.WriteLine($"| {row.Tool} | {row.Pages} | {row.Cold.Seconds:F2}{(row.Cold.ExitCode == 0 ? "" : " (failed)")} | {row.WarmSeconds?.ToString("F2", CultureInfo.InvariantCulture) ?? ""} | " +
                      $"{row.PeakMb?.ToString("F0", CultureInfo.InvariantCulture) ?? "?"} | {Ratio(r => r.Cold.Seconds)} | {Ratio(r => r.WarmSeconds)} |");
}

Runner.EmptyTrash();
var failed = rows.Where(r => r.Cold.ExitCode != 0).ToList();
foreach (var row in failed) Console.Error.WriteLine($"{row.Tool} ({row.Pages}) failed:\n{row.Cold.Output[^Math.Min(3000, row.Cold.Output.Length)..]}");
return failed.Any(r => r.Tool == "Under Load generator") ? 1 : 0;

void Measure(string tool, int count, string command, string[] arguments, string cwd, params string[] clean)
{
    Console.WriteLine($"  {tool}, {count} pages …");
    // Cold: the median of --cold runs, each after its outputs and caches are moved away.
    var colds = new List<Measurement>();
    while (colds.Count < coldRuns && colds.All(m => m.ExitCode == 0))
    {
        colds.Add(Runner.Time(command, arguments, cwd, before: () => { foreach (var dir in clean) Runner.Delete(dir); }));
    }

    var cold = colds.FirstOrDefault(m => m.ExitCode != 0)
        ?? colds.OrderBy(m => m.Seconds).ElementAt(colds.Count / 2) with { PeakBytes = colds.Max(m => m.PeakBytes) };
    var warm = cold.ExitCode == 0 ? Enumerable.Range(0, warmRuns).Select(_ => Runner.Time(command, arguments, cwd)).ToList() : null;
    rows.Add(new Row(tool, count.ToString(CultureInfo.InvariantCulture), cold, warm));
}

string Arg(string name, string fallback) => ArgOrNull(name) ?? fallback;

string? ArgOrNull(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRepository()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository (Site.sln not found)");
}

internal sealed record Row(string Tool, string Pages, Measurement Cold, IReadOnlyList<Measurement>? Warm)
{
    public double? WarmSeconds => Warm is { Count: > 0 } ? Warm.Select(w => w.Seconds).Order().ElementAt(Warm.Count / 2) : null;

    public double? PeakMb => new[] { Cold }.Concat(Warm ?? []).Select(m => m.PeakBytes).Max() is { } max and > 0 ? max / 1024.0 / 1024.0 : null;
}
