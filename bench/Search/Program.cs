using System.Text.Json;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Pipeline;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

// How long the real search client takes in Chromium: index load on first use, then each query the field runs
// (one per keystroke). Prints the distribution; asserts nothing.
var repo = FindRepository();
var output = Path.Combine(Path.GetTempPath(), "ul-search-bench", "output");
var build = SiteBuilder.Build(new BuildOptions
{
    InputDir = Path.Combine(repo, "input"), ThemeDir = Path.Combine(repo, "theme"), OutputDir = output, RepositoryRoot = repo,
});
if (!build.Succeeded)
{
    foreach (var d in build.Diagnostics) Console.Error.WriteLine(d);
    return 1;
}

var cases = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
    .Deserialize<List<Dictionary<string, object>>>(File.ReadAllText(Path.Combine(repo, "tests", "Generator.Tests", "Search", "relevance.yml")));
var queries = cases.Select(c => (string)c["q"]).SelectMany(q => Enumerable.Range(1, q.Length).Select(n => q[..n])).Distinct().ToArray();

await using var browser = await Browser.LaunchChromiumAsync();
var page = await browser.NewPageAsync();
await page.GotoAsync(new Uri(Path.Combine(output, "topics", "01-http.html")).AbsoluteUri);
var load = await page.EvaluateAsync<double>("async () => { const t = performance.now(); await window.underLoadSearch.load(); return performance.now() - t; }");
var result = await page.EvaluateAsync<JsonElement>("""
    queries => {
      for (const q of queries) window.underLoadSearch.query(q, 40);   // warm-up round
      const rounds = 5, times = [], perQuery = new Map();
      for (let round = 0; round < rounds; round++)
        for (const q of queries) {
          const t = performance.now();
          window.underLoadSearch.query(q, 40);
          const ms = performance.now() - t;
          times.push(ms);
          perQuery.set(q, [...(perQuery.get(q) || []), ms]);
        }
      // A query's own time is its median over the rounds (a single slow round is the machine, not the query).
      const slowest = [...perQuery].map(([q, ms]) => [q, ms.sort((a, b) => a - b)[rounds >> 1]])
        .sort((a, b) => b[1] - a[1]).slice(0, 5).map(([q, ms]) => `"${q}" ${ms.toFixed(1)} ms`);
      return { times: times.sort((a, b) => a - b), slowest };
    }
    """, queries);
var sorted = result.GetProperty("times").EnumerateArray().Select(t => t.GetDouble()).ToList();
double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
Console.WriteLine($"index load + build: {load:0} ms (file://, first use)");
Console.WriteLine($"{sorted.Count} queries ({queries.Length} distinct, typed letter by letter, 5 rounds): median {At(0.5):0.00} ms, p95 {At(0.95):0.00} ms, p99 {At(0.99):0.00} ms, max {sorted[^1]:0.00} ms (budget 30 ms)");
Console.WriteLine("slowest queries (median of their rounds): " + string.Join(", ", result.GetProperty("slowest").EnumerateArray().Select(e => e.GetString())));
return 0;

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
    }

    throw new InvalidOperationException("Site.sln not found above the benchmark.");
}
