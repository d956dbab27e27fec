using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Serve;

// From save to screen in `serve`: the preview server watches a copy of the handbook (input/ and the snippet tests it
// includes), a topic is open in Chromium, and each edit appends a paragraph to its markdown. For every edit: the time
// until the server sends "reload" (debounce + rebuild + swap), and until the reloaded page has fired its load event.
var edits = args.Length > 1 && args[0] == "--edits" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
var repo = FindRepository();
var work = Path.Combine(Path.GetTempPath(), "ul-serve-bench");
if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
Copy(Path.Combine(repo, "input"), Path.Combine(work, "input"));
Copy(Path.Combine(repo, "tests", "Snippets.Tests"), Path.Combine(work, "tests", "Snippets.Tests"));
var page = Path.Combine(work, "input", "topics", "09-http-caching.md");
var original = File.ReadAllText(page);

var options = new BuildOptions
{
    InputDir = Path.Combine(work, "input"), ThemeDir = Path.Combine(repo, "theme"), OutputDir = Path.Combine(work, "output"),
    RepositoryRoot = work, CacheDir = Path.Combine(work, "cache"),
};
await using var server = new PreviewServer(options);
var started = Stopwatch.StartNew();
var url = await server.StartAsync(0, watch: true);
Console.WriteLine($"first build: {started.ElapsedMilliseconds} ms ({server.LastBuild!.Pages} pages), serving {url}");

await using var browser = await Browser.LaunchChromiumAsync();
var tab = await browser.NewPageAsync();
await tab.GotoAsync(url + "topics/09-http-caching.html");

// The server's own view: when it sends "reload" on its event stream.
using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
using var events = await http.GetAsync("__livereload", HttpCompletionOption.ResponseHeadersRead);
var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
await reader.ReadLineAsync(); // ": connected"

var toReload = new List<double>();
var toLoad = new List<double>();
var rebuild = new List<double>();
try
{
    for (var i = 1; i <= edits; i++)
    {
        await Task.Delay(400); // let the previous reload settle
        var marker = $"Benchmark edit {i} of {edits}.";
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage p) => loaded.TrySetResult();
        tab.Load += OnLoad;
        var saved = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        File.WriteAllText(page, original + $"\n\n{marker}\n");
        while (await reader.ReadLineAsync() is { } line && !line.StartsWith("data: reload", StringComparison.Ordinal))
        {
            if (line.StartsWith("data: failed", StringComparison.Ordinal)) throw new InvalidOperationException("the rebuild failed");
        }

        toReload.Add(clock.Elapsed.TotalMilliseconds);
        rebuild.Add(server.LastBuild!.Elapsed.TotalMilliseconds);
        await loaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        tab.Load -= OnLoad;
        // The browser's clock and ours are the machine's: the reloaded document's load event end, in epoch ms.
        var loadEnd = await tab.EvaluateAsync<double>("performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd");
        toLoad.Add(loadEnd - saved.ToUnixTimeMilliseconds());
        if (!(await tab.ContentAsync()).Contains(marker, StringComparison.Ordinal)) throw new InvalidOperationException($"edit {i} is not on the reloaded page");
    }
}
finally
{
    File.WriteAllText(page, original);
}

Console.WriteLine($"{edits} edits of topics/09-http-caching.md (median / p90 / max, ms):");
Console.WriteLine($"  rebuild in the server:           {Stats(rebuild)}");
Console.WriteLine($"  save → server sends reload:      {Stats(toReload)}");
Console.WriteLine($"  save → reloaded page loaded:     {Stats(toLoad)}   (target 200)");
return 0;

static string Stats(List<double> values)
{
    var sorted = values.Order().ToList();
    double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    return $"{At(0.5),6:F0} / {At(0.9),6:F0} / {sorted[^1],6:F0}";
}

static void Copy(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var relative = Path.GetRelativePath(from, file);
        if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "TestResults")) continue;
        var target = Path.Combine(to, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
    }

    throw new InvalidOperationException("run from inside the repository (Site.sln not found)");
}
