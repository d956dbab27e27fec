using System.Text.Json;
using Microsoft.Playwright;
using UnderLoad.Generator.Tests.InBrowser;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>
/// WCAG 2.1 AA by axe-core (pinned in theme/package.json) over every page of the real site as `serve` serves it, in light and dark,
/// and the keyboard path a reader without a mouse takes: skip link, visible focus, theme toggle, search, navigation.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class AccessibilityTests(BuiltSite site, ServedSite served) : IClassFixture<ServedSite>, IAsyncLifetime
{
    /// <summary>How a page is shown: the OS preference, and the reader's choice with the toggle (html[data-theme]).</summary>
    public enum Look
    {
        OsLight,
        OsDark,
        ToggledDark,
    }

    private const string OfflineBook = UnderLoad.Generator.Offline.OfflineFiles.Book;

    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          });
          return JSON.stringify(result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 6).map(n =>
              `      ${n.target.join(' ')} — ${(n.failureSummary || '').split('\n').slice(1, 2).join(' ').trim()}`).join('\n')));
        }
        """;

    [SkippableTheory]
    [InlineData(Look.OsLight)]
    [InlineData(Look.OsDark)]
    [InlineData(Look.ToggledDark)]
    public async Task Every_page_has_no_serious_or_critical_WCAG_21_AA_violation(Look look)
    {
        BrowserRequirement.Check();
        QualityTools.Require(QualityTools.AxeScript);
        Assert.True(served.Build is { Succeeded: true }, string.Join("\n", served.Build?.Diagnostics ?? []));

        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = look == Look.OsDark ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            // axe is injected as an inline script, which the site's own CSP rightly refuses; StrictCspTests covers the CSP.
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();

        var violations = new List<string>();
        foreach (var url in served.Pages)
        {
            // The offline book (under-load.html) is made to be read from disk, where no CSP applies: read it there.
            await page.GotoAsync(url == OfflineBook ? new Uri(Path.Combine(served.Options.OutputDir, url)).AbsoluteUri : served.BaseUrl + url);
            if (look == Look.ToggledDark)
            {
                // What the theme toggle does (the keyboard test below presses it for real).
                await page.EvaluateAsync("document.documentElement.dataset.theme = 'dark'");
            }

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = QualityTools.AxeScript });
            var found = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(RunAxe))!;
            violations.AddRange(found.Select(v => $"{url}: {v}"));
        }

        Assert.True(violations.Count == 0, $"axe ({look}) found:\n" + string.Join("\n", violations));
    }

    [SkippableFact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content()
    {
        var page = await OpenTopicPageAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await ActiveAsync(page, "e => e.className"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync(), "the focused skip link is on screen");
        Assert.True(await HasVisibleFocusAsync(page), "the skip link shows focus");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("content", await ActiveAsync(page, "e => e.id"));
        Assert.Equal("MAIN", await ActiveAsync(page, "e => e.tagName"));
    }

    [SkippableFact]
    public async Task Tab_reaches_the_theme_toggle_with_visible_focus_and_Enter_switches_theme()
    {
        var page = await OpenTopicPageAsync();
        var before = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var stops = new List<string>();
        for (var i = 0; i < 15 && !await ActiveIsAsync(page, "[data-theme-toggle]"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await ActiveAsync(page, "e => e.tagName + '.' + e.className"));
            Assert.True(await HasVisibleFocusAsync(page), $"tab stop {stops[^1]} shows no focus");
        }

        Assert.True(await ActiveIsAsync(page, "[data-theme-toggle]"), "Tab did not reach the theme toggle: " + string.Join(", ", stops));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.NotEqual(before, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("light", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
    }

    [SkippableFact]
    public async Task Slash_focuses_search_and_the_keyboard_opens_a_result()
    {
        var page = await OpenTopicPageAsync();
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("/");
        Assert.True(await ActiveIsAsync(page, "#search-input"), "/ did not focus the search box");
        Assert.True(await HasVisibleFocusAsync(page), "the search box shows focus");

        var start = page.Url;
        await page.Keyboard.TypeAsync("cache");
        await page.Locator("#search-results [role=option]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url != start, new PageWaitForURLOptions { Timeout = 10_000 });
    }

    [SkippableFact]
    public async Task The_navigation_is_reachable_and_followed_with_the_keyboard_alone()
    {
        var page = await OpenTopicPageAsync();
        var start = page.Url;
        var reached = false;
        for (var i = 0; i < 600 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await ActiveIsAsync(page, ".site-nav .nav-part a:not([aria-current])");
            Assert.True(await HasVisibleFocusAsync(page), $"tab stop {await ActiveAsync(page, "e => e.outerHTML.slice(0, 120)")} shows no focus");
        }

        Assert.True(reached, "Tab never reached a link of the site navigation");
        var target = await ActiveAsync(page, "e => e.href");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url != start, new PageWaitForURLOptions { Timeout = 10_000 });
        Assert.Equal(target, page.Url);
    }

    private async Task<IPage> OpenTopicPageAsync()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _browsers.Add(browser);
        var page = await context.NewPageAsync();
        var topic = Directory.EnumerateFiles(Path.Combine(site.Output, "topics"), "*.html").Order(StringComparer.Ordinal).First();
        await page.GotoAsync(new Uri(topic).AbsoluteUri);
        return page;
    }

    private readonly List<IBrowser> _browsers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var browser in _browsers) await browser.DisposeAsync();
    }

    private static Task<string> ActiveAsync(IPage page, string expression) =>
        page.EvaluateAsync<string>($"({expression})(document.activeElement)");

    private static Task<bool> ActiveIsAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector);

    /// <summary>The focused element draws an outline (or a focus ring by box-shadow) a sighted reader can see.</summary>
    private static Task<bool> HasVisibleFocusAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const s = getComputedStyle(document.activeElement);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        }
        """);
}
