using System.Text.Json;
using UnderLoad.Generator.Tests.InBrowser;
using UnderLoad.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace UnderLoad.Generator.Tests.Search;

/// <summary>
/// A benchmark, not a test: how long the real client takes in Chromium to load the index and answer queries (the
/// budget is 30 ms a query). It asserts nothing about time; it runs only when asked:
/// <c>UNDERLOAD_BENCH=1 dotnet test --filter SearchBenchmark --logger "console;verbosity=detailed"</c>.
/// Each relevance query is also typed letter by letter, as the field runs one query per keystroke.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class SearchBenchmark(BuiltSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Query_time_in_Chromium()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("UNDERLOAD_BENCH") == "1", "a benchmark: set UNDERLOAD_BENCH=1 to run it");
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var queries = SearchInBrowserTests.RelevanceCases().Select(c => c.Q)
            .SelectMany(q => Enumerable.Range(1, q.Length).Select(n => q[..n]))
            .Distinct().ToArray();

        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "topics", "01-http.html")).AbsoluteUri);
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
        output.WriteLine($"index load + build: {load:0} ms (file://, first use)");
        output.WriteLine($"{sorted.Count} queries ({queries.Length} distinct, typed letter by letter, 5 rounds): median {At(0.5):0.00} ms, p95 {At(0.95):0.00} ms, p99 {At(0.99):0.00} ms, max {sorted[^1]:0.00} ms");
        output.WriteLine("slowest queries (median of their rounds): " + string.Join(", ", result.GetProperty("slowest").EnumerateArray().Select(e => e.GetString())));
    }
}
