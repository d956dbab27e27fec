using Microsoft.Playwright;
using UnderLoad.Generator.Tests.InBrowser;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>
/// Nothing on a page moves while it loads (Lighthouse's cumulative layout shift): on a phone-sized screen whose
/// scripts arrive late — painted first, then search and the theme switch appear — the layout stays where it was.
/// </summary>
public class LayoutShiftTests(ServedSite served) : IClassFixture<ServedSite>
{
    private const string RecordShifts = """
        window.__shift = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
          .observe({ type: 'layout-shift', buffered: true });
        """;

    [SkippableTheory]
    [InlineData("")]
    [InlineData("topics/01-http.html")]
    public async Task A_page_does_not_move_when_its_scripts_run_late(string path)
    {
        BrowserRequirement.Check();
        Assert.True(served.Build is { Succeeded: true }, string.Join("\n", served.Build?.Diagnostics ?? []));
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 412, Height = 823 } });
        await context.AddInitScriptAsync(RecordShifts);
        // A slow network: scripts come 400 ms after the page and its stylesheets, so the first paint is without them.
        await context.RouteAsync("**/*.js", async route =>
        {
            await Task.Delay(400);
            await route.ContinueAsync();
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-search]').hidden && !document.querySelector('[data-theme-toggle]').hidden");
        await page.WaitForTimeoutAsync(300);

        var shift = await page.EvaluateAsync<double>("window.__shift");
        Assert.True(shift < 0.01, $"/{path}: the layout shifted by {shift:F3} while the page loaded (Lighthouse counts above 0.1 as poor)");
        Assert.True(await page.IsVisibleAsync("#search-input"), "search is there once its script ran");
    }
}
