using Microsoft.Playwright;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.InBrowser;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Deploy;

/// <summary>
/// The handbook built as .github/workflows/pages.yml builds it for a project site (a base URL with a path) and
/// served under that path as GitHub Pages serves it: the build passes (every link of every page, the 404 page's
/// rooted ones included, resolves), every page and a missing address
/// load in Chromium with no failed request, and the 404 page is styled and its links lead to real pages.
/// </summary>
public sealed class GitHubPagesProjectSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ul-pages-" + Guid.NewGuid().ToString("N")[..12]);

    private BuildResult Build(string output) => SiteBuilder.Build(new BuildOptions
    {
        InputDir = Path.Combine(TestSite.RepositoryRoot, "input"),
        ThemeDir = TestSite.ThemeDir,
        OutputDir = output,
        RepositoryRoot = TestSite.RepositoryRoot,
        BaseUrl = "https://owner.github.io/under-load",
    });

    [SkippableFact]
    public async Task A_project_site_under_a_path_prefix_loads_every_page_and_a_styled_404()
    {
        BrowserRequirement.Check();
        var output = Path.Combine(_root, "output");
        var result = Build(output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var host = new PagesHost(output, "under-load");
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.RequestFailed += (_, request) => problems.Add($"{page.Url}: failed request {request.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("/no/such/", StringComparison.Ordinal))
                problems.Add($"{page.Url}: {response.Status} for {response.Url}");
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: page error {error}");

        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(p => p != "404.html" && p != UnderLoad.Generator.Offline.OfflineFiles.Book)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Contains("topics/01-http.html", pages);
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(host.SiteUrl + path);
            Assert.Equal(200, response!.Status);
            Assert.True(await StyledAsync(page), $"{path} is not styled");
        }

        // The site's root address and an address two folders deep that does not exist.
        Assert.Equal(200, (await page.GotoAsync(host.SiteUrl))!.Status);
        var missing = await page.GotoAsync(host.SiteUrl + "no/such/page");
        Assert.Equal(404, missing!.Status);
        Assert.Contains("Page not found", await page.TitleAsync());
        Assert.True(await StyledAsync(page), "the 404 page is not styled");

        // Search works from the 404 page (its index is fetched from under the prefix) and a hit leads into the site.
        await page.Locator("#search-input").FillAsync("head-of-line blocking");
        var hit = page.Locator("#search-results a[role=option]").First;
        await hit.WaitForAsync();
        Assert.StartsWith(host.SiteUrl, await hit.EvaluateAsync<string>("a => a.href"));

        // Its links lead back into the site, under the prefix.
        var topic = page.Locator(".site-nav a[href$='topics/02-request-lifecycle.html']").First;
        await topic.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(host.SiteUrl + "topics/02-request-lifecycle.html", page.Url);
        Assert.Empty(problems);
    }

    /// <summary>The site's stylesheet is applied: it loaded with rules and the navigation is laid out by it.</summary>
    private static Task<bool> StyledAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => [...document.styleSheets].some(s => s.href && s.href.includes('/assets/site.') && s.cssRules.length > 20)");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
