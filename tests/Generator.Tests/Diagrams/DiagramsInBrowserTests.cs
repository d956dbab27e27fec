using Microsoft.Playwright;
using UnderLoad.Generator.Diagrams;

namespace UnderLoad.Generator.Tests.Diagrams;

/// <summary>What a reader sees: a built diagram in a static page under the site's CSP, in Chromium with JavaScript off.</summary>
public sealed class DiagramsInBrowserTests
{
    private const string Csp = "default-src 'none'; style-src 'self'; img-src 'self'";

    [Theory]
    [InlineData("light", null, "diagram-light")]
    [InlineData("dark", null, "diagram-dark")]
    [InlineData(null, "dark", "diagram-dark")]  // no choice made: the system's preference decides
    [InlineData(null, "light", "diagram-light")]
    [InlineData("light", "dark", "diagram-light")] // the reader's choice wins over the system's
    public async Task A_diagram_shows_in_each_theme_without_javascript(string? dataTheme, string? system, string shown)
    {
        using var site = new DiagramSite();
        var (store, _) = site.Build([site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))]);
        var figure = Assert.IsType<string>(store.TryGet(DiagramSite.Sequence, 0)?.Html);
        var themeAttribute = dataTheme is null ? "" : $" data-theme=\"{dataTheme}\"";
        var html = $"""
            <!DOCTYPE html><html lang="en"{themeAttribute}><head><meta charset="utf-8"><title>t</title>
            <link rel="stylesheet" href="diagrams.css"></head>
            <body style="background:red"><main>{figure}</main></body></html>
            """;

        await using var browser = await Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ColorScheme = system == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = 900, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.RouteAsync("http://site.test/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = route.Request.Url.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/html; charset=utf-8",
            Body = route.Request.Url.EndsWith(".css", StringComparison.Ordinal) ? store.Css : html,
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = Csp },
        }));
        await page.GotoAsync("http://site.test/index.html");

        var hidden = shown == "diagram-light" ? "diagram-dark" : "diagram-light";
        var visible = page.Locator($"svg.{shown}");
        var box = await visible.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 300 && box.Height > 100, $"{box.Width}x{box.Height}");
        Assert.True(box.Width <= 900);
        Assert.Null(await page.Locator($"svg.{hidden}").BoundingBoxAsync());
        foreach (var text in new[] { "Client", "Server", "GET /orders/42", "200 OK" })
        {
            Assert.True(await visible.GetByText(text, new() { Exact = true }).First.IsVisibleAsync(), text);
        }

        // Each theme is its own render: Mermaid's light actors are lavender, its dark ones near-black.
        var actorFill = await visible.Locator("rect.actor").First.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal(shown == "diagram-dark" ? "rgb(31, 32, 32)" : "rgb(236, 236, 255)", actorFill);

        // The message arrow's marker is drawn (its id reference survived the rewrite) and the CSP refused nothing:
        // the body's own style attribute is the one inline style the page has, and only it is refused.
        Assert.NotNull(await visible.Locator("marker path").First.BoundingBoxAsync());
        Assert.All(console.Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)),
            m => Assert.Contains("style-src", m));
        Assert.Single(console, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_client_side_fallback_draws_both_themes_under_the_csp()
    {
        using var site = new DiagramSite();
        var (store, _) = site.Build([site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))],
            startRenderer: (_, _) => throw new InvalidOperationException("no browser on this machine"));
        Assert.True(store.NeedsClientRendering("topics/a.md"));
        var pre = Assert.IsType<string>(store.TryGet(DiagramSite.Sequence, 0)?.Html);
        var html = $"""
            <!DOCTYPE html><html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>t</title>
            <link rel="stylesheet" href="diagrams.css">
            <script defer src="mermaid.min.js"></script><script defer src="mermaid-init.js"></script></head>
            <body><main>{pre}</main></body></html>
            """;
        var files = new Dictionary<string, (string Type, string Body)>
        {
            ["/index.html"] = ("text/html; charset=utf-8", html),
            ["/diagrams.css"] = ("text/css", store.Css),
            ["/mermaid.min.js"] = ("text/javascript", File.ReadAllText(store.BundlePath)),
            ["/mermaid-init.js"] = ("text/javascript", File.ReadAllText(Path.Combine(DiagramSite.ThemeDir, "assets", "mermaid-init.js"))),
        };

        await using var browser = await Browser.LaunchChromiumAsync();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.RouteAsync("http://site.test/**", route =>
        {
            var (type, body) = files[new Uri(route.Request.Url).AbsolutePath];
            return route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200, ContentType = type, Body = body,
                Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'none'; script-src 'self'; style-src 'self'" },
            });
        });
        await page.GotoAsync("http://site.test/index.html");

        var dark = page.Locator("figure.diagram > svg.diagram-dark");
        await dark.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Empty(errors);
        Assert.Null(await page.Locator("figure.diagram > svg.diagram-light").BoundingBoxAsync());
        Assert.True(await dark.GetByText("GET /orders/42").First.IsVisibleAsync());
        var actorFill = await dark.Locator("rect.actor").First.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal("rgb(31, 32, 32)", actorFill);
    }
}
