using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using UnderLoad.Generator.Diagrams;

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

// `serve` as a writer runs it: its own process (the published generator beside this program), its own build cache.
var port = FreePort();
var generator = Path.Combine(AppContext.BaseDirectory, "UnderLoad.Generator.dll");
var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
foreach (var a in new[] { generator, "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--input", Path.Combine(work, "input"),
             "--output", Path.Combine(work, "output"), "--theme", Path.Combine(repo, "theme"), "--cache", Path.Combine(work, "cache") })
{
    start.ArgumentList.Add(a);
}

var builds = System.Threading.Channels.Channel.CreateUnbounded<double>();
var serving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var started = Stopwatch.StartNew();
using var server = Process.Start(start)!;
server.ErrorDataReceived += (_, _) => { };
server.OutputDataReceived += (_, e) =>
{
    if (e.Data is null) return;
    if (e.Data.StartsWith("Serving ", StringComparison.Ordinal)) serving.TrySetResult();
    var built = System.Text.RegularExpressions.Regex.Match(e.Data, @"^Built \d+ pages .* in (\d+) ms");
    if (built.Success) builds.Writer.TryWrite(double.Parse(built.Groups[1].Value, CultureInfo.InvariantCulture));
};
server.BeginOutputReadLine();
server.BeginErrorReadLine();
await serving.Task.WaitAsync(TimeSpan.FromMinutes(5));
var first = await builds.Reader.ReadAsync();
var url = $"http://127.0.0.1:{port}/";
Console.WriteLine($"first build: {first:F0} ms in a server up after {started.ElapsedMilliseconds} ms, serving {url}");

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
var navigation = new List<double>();
try
{
    for (var i = 1; i <= edits; i++)
    {
        await Task.Delay(1000); // a writer saves every few seconds: the previous save's full build is done by now
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
        rebuild.Add(await builds.Reader.ReadAsync());
        await loaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        tab.Load -= OnLoad;
        // The browser's clock and ours are the machine's: the reloaded document's load event end, in epoch ms.
        var loadEnd = await tab.EvaluateAsync<double>("performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd");
        toLoad.Add(loadEnd - saved.ToUnixTimeMilliseconds());
        navigation.Add(await tab.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].loadEventEnd"));
        if (!(await tab.ContentAsync()).Contains(marker, StringComparison.Ordinal)) throw new InvalidOperationException($"edit {i} is not on the reloaded page");
    }
}
finally
{
    File.WriteAllText(page, original);
    server.Kill(entireProcessTree: true);
}

Console.WriteLine($"{edits} edits of topics/09-http-caching.md (median / p90 / max, ms):");
Console.WriteLine($"  rebuild in the server:           {Stats(rebuild)}");
Console.WriteLine($"  save → server sends reload:      {Stats(toReload)}");
Console.WriteLine($"  save → reloaded page loaded:     {Stats(toLoad)}   (target 200)");
Console.WriteLine($"  of which the reload itself:      {Stats(navigation)}   (navigation start → load event end)");
var timing = await tab.EvaluateAsync<System.Text.Json.JsonElement>("(() => { const n = performance.getEntriesByType('navigation')[0]; return { requestStart: n.requestStart, responseEnd: n.responseEnd, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, resources: performance.getEntriesByType('resource').map(r => r.name.split('/').pop() + ' ' + Math.round(r.startTime) + '-' + Math.round(r.responseEnd)) }; })()");
Console.WriteLine("last reload (ms from navigation start): " + timing);
return 0;

static int FreePort()
{
    var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

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
