using UnderLoad.Generator.Site;
using Microsoft.Playwright;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.InBrowser;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>
/// The real site served by `serve` with its production headers: every page loads in Chromium under the strict CSP
/// (no 'unsafe-inline' for scripts or styles) without one securitypolicyviolation, search included.
/// </summary>
public class StrictCspTests(ServedSite served) : IClassFixture<ServedSite>
{
    private const string RecordViolations = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`));
        """;

    [Fact]
    public void The_shipped_headers_allow_nothing_inline_except_the_style_elements_the_site_has_by_hash()
    {
        // What Netlify sends is output/_headers: read it, not the generator's constant.
        Assert.True(served.Build is { Succeeded: true }, string.Join("\n", served.Build?.Diagnostics ?? []));
        var policy = SecurityHeaders.PolicyOf(File.ReadAllText(Path.Combine(served.Options.OutputDir, "_headers")));
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("default-src 'self'", policy);

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var styles = 0;
        foreach (var file in Directory.EnumerateFiles(served.Options.OutputDir, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            // Every script is a file of the site: an inline one would be blocked.
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrWhiteSpace(s.GetAttribute("src")), $"{file}: inline script"));
            foreach (var style in page.QuerySelectorAll("style"))
            {
                styles++;
                Assert.Contains($"'sha256-{SecurityHeaders.Hash(style.TextContent)}'", policy);
            }
        }

        Assert.True(styles > 0, "the offline book carries its CSS inline: its hash must be in the policy");
    }

    [SkippableFact]
    public async Task Every_served_page_loads_with_zero_CSP_violations()
    {
        BrowserRequirement.Check();
        Assert.True(served.Build is { Succeeded: true }, string.Join("\n", served.Build?.Diagnostics ?? []));

        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) console.Add(m.Text); };

        var violations = new List<string>();
        // The single-file book (under-load.html) carries its CSS in one <style> element, which the policy allows by hash.
        var urls = served.Pages.Append("topics/no-such-page").ToList();
        var firstTopic = urls.First(u => u.StartsWith("topics/", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(served.BaseUrl + url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            var csp = await response.HeaderValueAsync("content-security-policy");
            Assert.StartsWith(SecurityHeaders.ContentSecurityPolicy.Split("style-src")[0], csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            if (url == UnderLoad.Generator.Offline.OfflineFiles.Book)
            {
                // Read online, the book is styled: its stylesheet applied (the brand bar is laid out by it).
                Assert.True(await page.EvaluateAsync<bool>("() => document.styleSheets.length === 1 && document.styleSheets[0].cssRules.length > 50"), "the book is unstyled online");
            }
            if (url == firstTopic)
            {
                // Search loads its engine and index on first use: exercise that path too.
                await page.Locator("#search-input").FillAsync("cache");
                await page.Locator("#search-results [role=option]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
            }

            await page.WaitForTimeoutAsync(50); // violation events are dispatched asynchronously
            violations.AddRange((await page.EvaluateAsync<string[]>("window.__csp")).Select(v => $"{url}: {v}"));
        }

        violations.AddRange(console.Select(c => "console: " + c));
        Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));

        // The listener is live: an inline style the policy forbids is reported.
        await page.EvaluateAsync("() => { const s = document.createElement('style'); s.textContent = 'p{}'; document.head.append(s); }");
        await page.WaitForFunctionAsync("window.__csp.length > 0", null, new PageWaitForFunctionOptions { Timeout = 5_000 });
    }
}
