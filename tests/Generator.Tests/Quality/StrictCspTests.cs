using Microsoft.Playwright;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Serve;
using UnderLoad.Generator.Tests.InBrowser;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>
/// The real site served by `serve` with its production headers: every page loads in Chromium under the strict CSP
/// (no 'unsafe-inline' for scripts or styles) without one securitypolicyviolation, search included.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class StrictCspTests
{
    private const string RecordViolations = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`));
        """;

    [Fact]
    public void The_policy_allows_nothing_inline()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy;
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
    }

    [SkippableFact]
    public async Task Every_served_page_loads_with_zero_CSP_violations()
    {
        BrowserRequirement.Check();
        var root = Path.Combine(Path.GetTempPath(), "ul-csp-" + Guid.NewGuid().ToString("N")[..12]);
        var options = new BuildOptions
        {
            InputDir = Path.Combine(TestSite.RepositoryRoot, "input"),
            ThemeDir = TestSite.ThemeDir,
            OutputDir = Path.Combine(root, "output"),
            RepositoryRoot = TestSite.RepositoryRoot,
        };
        try
        {
            await using var server = new PreviewServer(options);
            var baseUrl = await server.StartAsync(0, watch: false);
            Assert.True(server.LastBuild is { Succeeded: true }, string.Join("\n", server.LastBuild?.Diagnostics ?? []));

            await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
            var context = await browser.NewContextAsync();
            await context.AddInitScriptAsync(RecordViolations);
            var page = await context.NewPageAsync();
            var console = new List<string>();
            page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) console.Add(m.Text); };

            var violations = new List<string>();
            var urls = Directory.EnumerateFiles(options.OutputDir, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(options.OutputDir, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(urls);
            foreach (var url in urls)
            {
                var response = await page.GotoAsync(baseUrl + url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                Assert.NotNull(response);
                var csp = await response.HeaderValueAsync("content-security-policy");
                Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
                Assert.DoesNotContain("unsafe-inline", csp);
                if (url.StartsWith("topics/", StringComparison.Ordinal) && url == urls.First(u => u.StartsWith("topics/", StringComparison.Ordinal)))
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
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }
}
