using System.Text.Json;
using Microsoft.Playwright;
using UnderLoad.Generator.Tests.InBrowser;
using UnderLoad.Generator.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace UnderLoad.Generator.Tests.Search;

/// <summary>
/// The real search client (theme/assets/search.js with the pinned MiniSearch) over the real index of the real
/// site, in Chromium, from file:// — the way a reader without a server uses it.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class SearchInBrowserTests(BuiltSite site)
{
    public sealed class RelevanceCase
    {
        public string Q { get; set; } = "";
        public string Page { get; set; } = "";
        public string Anchor { get; set; } = "";
    }

    public static IReadOnlyList<RelevanceCase> RelevanceCases()
    {
        var path = Path.Combine(TestSite.RepositoryRoot, "tests", "Generator.Tests", "Search", "relevance.yml");
        return new DeserializerBuilder().WithNamingConvention(YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance).Build().Deserialize<List<RelevanceCase>>(File.ReadAllText(path));
    }

    [SkippableFact]
    public async Task Every_relevance_query_finds_its_section_in_the_top_3()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var cases = RelevanceCases();
        Assert.True(cases.Count >= 40, $"relevance.yml has {cases.Count} queries; keep at least 40");

        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(FileUrl("topics/01-http.html"));
        await page.EvaluateAsync("() => window.underLoadSearch.load().then(() => true)");
        var top = await page.EvaluateAsync<JsonElement>(
            "queries => queries.map(q => window.underLoadSearch.query(q, 3).map(h => h.page + '#' + h.anchor))",
            cases.Select(c => c.Q).ToArray());

        var known = (await page.EvaluateAsync<string[]>("""
            () => { const d = window.UnderLoadSearchIndex;
                    return d.sections.map(s => d.pages[s[0]][0].replace(/^.*\//, '').replace(/\.html$/, '') + '#' + s[2]); }
            """)).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = cases[i].Page + "#" + cases[i].Anchor;
            var got = top[i].EnumerateArray().Select(e => e.GetString()!).ToList();
            if (!known.Contains(expected))
            {
                failures.Add($"“{cases[i].Q}”: the site has no section {expected} (a heading was renamed? update relevance.yml)");
            }
            else if (!got.Contains(expected))
            {
                failures.Add($"“{cases[i].Q}”: expected {expected} in the top 3, got [{string.Join(", ", got)}]");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} queries missed:\n" + string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task Typing_shows_grouped_marked_hits_and_enter_lands_on_the_section_with_terms_marked()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var requested = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add("console: " + message.Text); };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(FileUrl("index.html"));
        var input = page.Locator("#search-input");
        Assert.True(await input.IsVisibleAsync(), "the search field is shown when JavaScript runs");
        Assert.DoesNotContain(requested, u => u.Contains("/assets/search-index.", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, u => u.Contains("/assets/minisearch.", StringComparison.Ordinal));

        // "/" focuses the field; the first use loads the engine and the index.
        await page.Locator("body").PressAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.id === 'search-input'"), "/ focuses the search field");
        await input.PressSequentiallyAsync("cache stampede");
        var options = page.Locator("#search-results [role=option]");
        await options.First.WaitForAsync();
        Assert.Contains(requested, u => u.Contains("/assets/search-index.", StringComparison.Ordinal));
        Assert.True(await page.Locator("#search-results [role=group] .group").CountAsync() >= 1, "hits are grouped by page");
        Assert.Contains("Cache stampede", await options.First.Locator(".section").InnerTextAsync());
        Assert.True(await options.First.Locator("mark").CountAsync() > 0, "matched terms are marked in the hit");
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));

        // Arrow down selects the first hit; Enter goes to its section, where the terms are marked.
        await input.PressAsync("ArrowDown");
        Assert.Equal("true", await options.First.GetAttributeAsync("aria-selected"));
        await input.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("16-distributed-cache.html", StringComparison.Ordinal));
        Assert.EndsWith("#cache-stampede", page.Url);
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.Locator("[data-page-content] mark").CountAsync() > 0, "the target page marks the matched terms");
        Assert.Equal(0, await page.Locator(".site-nav mark, .site-footer mark").CountAsync());

        // Esc closes the results; Ctrl+K focuses the field again.
        await page.Locator("body").PressAsync("Control+k");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.id === 'search-input'"), "Ctrl+K focuses the search field");
        await page.Locator("#search-input").PressSequentiallyAsync("kafak");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        Assert.Contains("message ordering", (await page.Locator("#search-results").InnerTextAsync()).ToLowerInvariant());
        await page.Locator("#search-input").PressAsync("Escape");
        Assert.True(await page.Locator("#search-results").IsHiddenAsync(), "Esc closes the results");
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task On_a_phone_the_field_and_its_results_fit_the_screen()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        await page.GotoAsync(FileUrl("topics/01-http.html"));
        var input = page.Locator("#search-input");
        await input.ClickAsync();
        await input.PressSequentiallyAsync("idempot");
        await page.Locator("#search-results [role=option]").First.WaitForAsync();
        Assert.Contains("dempotent", await page.Locator("#search-results").InnerTextAsync());
        var box = await page.Locator("#search-results").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 360.5, $"the results fit 360 px (x {box.X}, width {box.Width})");
        var field = await page.Locator(".search").BoundingBoxAsync();
        Assert.NotNull(field);
        Assert.True(field.X >= 0 && field.X + field.Width <= 360.5, $"the field fits 360 px (x {field.X}, width {field.Width})");
    }

    [SkippableFact]
    public async Task Without_JavaScript_there_is_no_search_field()
    {
        BrowserRequirement.Check();
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(FileUrl("index.html"));
        Assert.False(await page.Locator("#search-input").IsVisibleAsync(), "no dead search control without JavaScript");
    }

    private string FileUrl(string relative) => new Uri(Path.Combine(site.Output, relative)).AbsoluteUri;
}
