using System.Text.Json;
using Microsoft.Playwright;
using UnderLoad.Generator.Tests.Quality;

namespace UnderLoad.Generator.Tests.InBrowser;

/// <summary>
/// Issue 18, as a reader meets it: the real site served with its production headers (strict CSP) in Chromium —
/// diagram labels big enough to read, paper that is light and shows all the code, navigation on a phone, no theme
/// flash, and search that lands on what it found.
/// </summary>
public class ReaderExperienceTests(ServedSite served) : IClassFixture<ServedSite>
{
    /// <summary>Each visible diagram: its id and the median drawn size (CSS px) of its labels: font size × the SVG's scale.</summary>
    private const string LabelSizes = """
        () => [...document.querySelectorAll('figure.diagram > svg')].filter(s => s.getBoundingClientRect().width > 0).map(svg => {
          const box = svg.viewBox.baseVal;
          const scale = svg.getBoundingClientRect().width / box.width;
          const sizes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim())
            .map(t => parseFloat(getComputedStyle(t).fontSize) * scale).sort((a, b) => a - b);
          return { id: svg.closest('figure').id, median: sizes.length ? sizes[Math.floor(sizes.length / 2)] : 99 };
        })
        """;

    private IReadOnlyList<string> ContentPages => served.Pages
        .Where(p => p == "index.html" || p.StartsWith("topics/", StringComparison.Ordinal)).ToList();

    private async Task<(IBrowser Browser, IBrowserContext Context, IPage Page)> OpenAsync(int width, int height = 900, bool javaScript = true)
    {
        BrowserRequirement.Check();
        Assert.True(served.Build is { Succeeded: true }, string.Join("\n", served.Build?.Diagnostics ?? []));
        var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, JavaScriptEnabled = javaScript,
        });
        return (browser, context, await context.NewPageAsync());
    }

    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Every_diagram_is_drawn_with_labels_of_at_least_12_px(int width)
    {
        var (browser, _, page) = await OpenAsync(width);
        await using var _b = browser;
        var small = new List<string>();
        var count = 0;
        foreach (var path in ContentPages)
        {
            await page.GotoAsync(served.BaseUrl + path);
            foreach (var diagram in await page.EvaluateAsync<JsonElement>(LabelSizes) is { } list ? list.EnumerateArray() : default)
            {
                count++;
                var median = diagram.GetProperty("median").GetDouble();
                if (median < 12) small.Add($"{path}#{diagram.GetProperty("id").GetString()}: {median:F1} px");
            }
        }

        Assert.True(count >= 10, $"only {count} diagrams found");
        Assert.True(small.Count == 0, $"diagrams whose median label is under 12 CSS px at {width} px:\n" + string.Join("\n", small));
    }

    [SkippableFact]
    public async Task A_diagram_opens_full_size_as_a_standalone_svg_without_javascript()
    {
        var (browser, _, page) = await OpenAsync(1280, javaScript: false);
        await using var _b = browser;
        await page.GotoAsync(served.BaseUrl + "topics/02-request-lifecycle.html");
        var link = page.Locator("figure.diagram .diagram-open a:visible").First;
        var href = await link.GetAttributeAsync("href");
        Assert.EndsWith("-light.svg", href);
        var response = await page.GotoAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        // Drawn at its natural size (labels 16 px), styled through its xml-stylesheet under the site's CSP.
        var (fontSize, fill, width) = (await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('text')).fontSize"),
            await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('rect.actor')).fill"),
            await page.EvaluateAsync<double>("document.documentElement.getBoundingClientRect().width"));
        Assert.Equal("16px", fontSize);
        Assert.Equal("rgb(236, 236, 255)", fill);
        Assert.True(width > 1280, $"the full-size diagram is {width} px wide");
    }

    [SkippableTheory]
    [InlineData("topics/02-request-lifecycle.html")]
    [InlineData("topics/06-serialization.html")]
    public async Task Printing_after_choosing_dark_is_light_and_shows_all_the_code(string path)
    {
        var (browser, context, page) = await OpenAsync(1280);
        await using var _b = browser;
        await context.AddInitScriptAsync("try { localStorage.setItem('theme', 'dark'); } catch {}");
        await page.GotoAsync(served.BaseUrl + path);
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal("rgb(15, 18, 22)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(718, 1000); // A4 at 16 mm margins, in CSS px
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(27, 31, 36)", await page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
        var cut = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('figure.code pre, figure.code code')]
              .filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .map(e => e.textContent.split('\n').sort((a, b) => b.length - a.length)[0].slice(0, 80))
            """);
        Assert.True(await page.Locator("figure.code").CountAsync() > 0);
        Assert.True(cut.Length == 0, "code cut off in print:\n" + string.Join("\n", cut));
        Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('svg.diagram-dark')].filter(s => s.getBoundingClientRect().width > 0).length"));
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_the_topic_menu_and_on_this_page_work(bool javaScript)
    {
        var (browser, _, page) = await OpenAsync(390, 844, javaScript);
        await using var _b = browser;
        await page.GotoAsync(served.BaseUrl + "topics/02-request-lifecycle.html");

        // "On this page": at the top of the article, a <details> that opens and leads to its section.
        var toc = page.Locator("details.toc-inline");
        Assert.True(await toc.Locator("summary").IsVisibleAsync());
        var top = await toc.EvaluateAsync<double>("e => e.getBoundingClientRect().top + scrollY");
        Assert.True(top < 844 * 2, $"'On this page' starts {top:F0} px down");
        await toc.Locator("summary").ClickAsync();
        var section = toc.Locator("a").Nth(2);
        var hash = await section.GetAttributeAsync("href");
        await section.ClickAsync();
        Assert.EndsWith(hash!, page.Url);
        Assert.True(await page.EvaluateAsync<double>("scrollY") > 844, "following a section link scrolls to it");

        // Back to top.
        await page.Locator("a.back-to-top").ClickAsync();
        for (var i = 0; i < 50 && await page.EvaluateAsync<double>("scrollY") > 10; i++) await Task.Delay(100); // no rAF polling without JavaScript
        Assert.True(await page.EvaluateAsync<double>("scrollY") <= 10, "back to top");

        // The topics: a menu in the header, reachable without scrolling, that leads to another topic.
        var menu = page.Locator("details.menu");
        Assert.True(await menu.Locator("summary").IsVisibleAsync());
        Assert.True((await menu.Locator("summary").BoundingBoxAsync())!.Y < 150);
        await menu.Locator("summary").ClickAsync();
        var current = menu.Locator("a[aria-current=page]");
        Assert.True(await current.IsVisibleAsync());
        var other = menu.Locator("a[href$='03-servlet-containers.html']");
        Assert.True(await other.IsVisibleAsync());
        await other.ClickAsync();
        await page.WaitForURLAsync("**/03-servlet-containers.html");
        Assert.Contains("Servlet", await page.Locator("h1").TextContentAsync());
    }

    [SkippableFact]
    public async Task A_reader_who_chose_dark_never_sees_a_light_page_while_scripts_are_slow()
    {
        var (browser, context, page) = await OpenAsync(1280);
        await using var _b = browser;
        await context.AddInitScriptAsync("try { localStorage.setItem('theme', 'dark'); } catch {}");
        var release = new TaskCompletionSource();
        // Deferred scripts (site.js, search.js) arrive only when the test says so; the page is parsed and painted before.
        await context.RouteAsync("**/assets/**", async route =>
        {
            var url = route.Request.Url;
            if (url.EndsWith(".js", StringComparison.Ordinal) && !url.Contains("/theme.", StringComparison.Ordinal)) await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(served.BaseUrl + "topics/01-http.html", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("footer.site-footer").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)'");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('[data-theme-toggle]').hidden"), "site.js has not run yet");
        Assert.Equal("rgb(15, 18, 22)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        release.SetResult();
    }

    [SkippableFact]
    public async Task A_search_hit_in_an_interview_answer_opens_it_and_heading_hits_rank_first()
    {
        var (browser, _, page) = await OpenAsync(1280);
        await using var _b = browser;
        await page.GotoAsync(served.BaseUrl + "topics/01-http.html");
        await page.EvaluateAsync("() => window.underLoadSearch.load().then(() => true)");

        // The answer to topic 10's question about byte ranges holds 'multipart/byteranges'.
        var url = await page.EvaluateAsync<string>("() => window.underLoadSearch.query('byteranges', 5).find(h => h.page.includes('10-content-delivery')).url");
        await page.GotoAsync(new Uri(new Uri(page.Url), url).ToString());
        var answer = page.Locator("details:has(mark)").First;
        Assert.True(await answer.EvaluateAsync<bool>("d => d.open"), "the <details> holding the hit is open");
        Assert.True(await answer.Locator("mark").First.IsVisibleAsync());

        // Headings of the handbook, searched as written: the first hit is a section whose heading has those words.
        await page.GotoAsync(served.BaseUrl + "topics/01-http.html");
        await page.EvaluateAsync("() => window.underLoadSearch.load().then(() => true)");
        var wrong = await page.EvaluateAsync<string[]>("""
            () => {
              const words = (s) => s.toLowerCase().split(/[^a-z0-9]+/).filter(w => w.length > 2);
              const headings = [...document.querySelectorAll('.toc a')].map(a => a.textContent).filter(h => words(h).length >= 2);
              return headings.flatMap(h => {
                const top = window.underLoadSearch.query(h, 1)[0];
                const got = top ? words(top.heading || '').join(' ') : '';
                return words(h).every(w => got.includes(w.slice(0, 4))) ? [] : [`${h} → ${top && top.heading}`];
              });
            }
            """);
        Assert.True(wrong.Length == 0, "a section mentioning the words outranks their heading:\n" + string.Join("\n", wrong));
    }
}
