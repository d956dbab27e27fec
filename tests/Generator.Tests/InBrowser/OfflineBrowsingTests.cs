using Microsoft.Playwright;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.InBrowser;

/// <summary>A reader with Chromium and no server: open index.html from disk, navigate, switch theme.</summary>
[Collection(BuiltSiteCollection.Name)]
public class OfflineBrowsingTests(BuiltSite site)
{
    [SkippableFact]
    public async Task The_site_reads_from_file_urls_navigates_and_switches_to_dark()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add("console: " + message.Text); };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("failed request: " + request.Url);

        await page.GotoAsync(new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri);
        Assert.Contains("Under Load", await page.TitleAsync());

        var firstTopic = page.Locator(".site-nav .nav-part a").First;
        if (await firstTopic.CountAsync() > 0)
        {
            var title = (await firstTopic.InnerTextAsync()).Trim();
            await firstTopic.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.EndsWith(".html", page.Url);
            Assert.Contains(await page.Locator("h1").First.InnerTextAsync(), title);
            Assert.Equal("page", await page.Locator(".site-nav a[aria-current=page]").GetAttributeAsync("aria-current"));
        }

        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var toggle = page.Locator("[data-theme-toggle]");
        Assert.True(await toggle.IsVisibleAsync(), "the theme toggle is shown when JavaScript runs");
        await toggle.ClickAsync();
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        var dark = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual(background, dark);

        // The choice persists to the next page.
        await page.ReloadAsync();
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Empty(problems);
    }
}

/// <summary>Browser tests run for real in CI (CI=true fails without Chromium); locally they skip with the reason.</summary>
public static class BrowserRequirement
{
    public static void Check()
    {
        if (UnderLoad.Generator.Diagrams.Browser.IsAvailable) return;
        const string reason = "Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(reason);
        Skip.If(true, reason);
    }
}
