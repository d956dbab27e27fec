using System.IO.Compression;
using Microsoft.Playwright;
using UnderLoad.Generator.Offline;
using UnderLoad.Generator.Tests.InBrowser;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>
/// A reader with no network: the single file in Chromium with every request but the file refused, the archive
/// unzipped and opened from disk, and the book printed to PDF with a bookmark per topic.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class OfflineInBrowserTests(BuiltSite site)
{
    /// <summary>A page that records console errors, page errors and every request that is not a file under <paramref name="allowed"/>.</summary>
    private static async Task<(IPage Page, List<string> Problems)> OfflinePage(IBrowser browser, string allowed, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add("console: " + message.Text); };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(allowed, StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                problems.Add("request left the file: " + url);
                await route.AbortAsync();
            }
        });
        return (page, problems);
    }

    private const string VisibleDiagrams = """
        () => [...document.querySelectorAll('figure.diagram')].map(f => {
          const shown = [...f.querySelectorAll(':scope > svg')].filter(s => getComputedStyle(s).display !== 'none');
          const r = shown.length === 1 ? shown[0].getBoundingClientRect() : null;
          return r && r.width > 50 && r.height > 20 ? shown[0].getAttribute('class') : 'not shown: ' + f.closest('article')?.id;
        })
        """;

    [SkippableFact]
    public async Task The_single_file_reads_with_the_network_off_shows_every_diagram_and_switches_theme()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var url = new Uri(Path.Combine(site.Output, OfflineFiles.Book)).AbsoluteUri;
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var (page, problems) = await OfflinePage(browser, url);
        await page.GotoAsync(url);
        Assert.Contains("Under Load", await page.TitleAsync());

        var diagrams = await page.EvaluateAsync<string[]>(VisibleDiagrams);
        Assert.NotEmpty(diagrams);
        Assert.All(diagrams, d => Assert.Contains("diagram-light", d));
        var wide = await page.EvaluateAsync<string[]>("""
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth ? [] :
              [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .filter(e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return false; return true; })
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' in #' + e.closest('article')?.id)
            """);
        Assert.True(wide.Length == 0, "the book is wider than the window: " + string.Join(", ", wide));

        // An in-file link from the contents lands on the topic.
        var first = page.Locator("#book-contents ol a").First;
        var target = (await first.GetAttributeAsync("href"))!;
        await first.ClickAsync();
        Assert.EndsWith(target, page.Url);
        Assert.True(await page.Locator(target + " h1").IsVisibleAsync());

        var light = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        await page.ClickAsync("label[for=book-theme-dark]");
        var dark = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual(light, dark);
        Assert.All(await page.EvaluateAsync<string[]>(VisibleDiagrams), d => Assert.Contains("diagram-dark", d));
        await page.ClickAsync("label[for=book-theme-auto]");
        Assert.Equal(light, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task The_single_file_follows_a_dark_system_theme()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var url = new Uri(Path.Combine(site.Output, OfflineFiles.Book)).AbsoluteUri;
        await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
        var (page, problems) = await OfflinePage(browser, url, ColorScheme.Dark);
        await page.GotoAsync(url);
        Assert.All(await page.EvaluateAsync<string[]>(VisibleDiagrams), d => Assert.Contains("diagram-dark", d));
        await page.ClickAsync("label[for=book-theme-light]");
        Assert.All(await page.EvaluateAsync<string[]>(VisibleDiagrams), d => Assert.Contains("diagram-light", d));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task The_unzipped_archive_reads_from_disk_with_search()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var dir = Directory.CreateTempSubdirectory("ul-zip-browser-");
        try
        {
            ZipFile.ExtractToDirectory(Path.Combine(site.Output, OfflineFiles.Archive), dir.FullName);
            var root = new Uri(Path.Combine(dir.FullName, PackSiteArchive.Folder)).AbsoluteUri;
            await using var browser = await UnderLoad.Generator.Diagrams.Browser.LaunchChromiumAsync();
            var (page, problems) = await OfflinePage(browser, root);
            page.RequestFailed += (_, request) => problems.Add("failed request: " + request.Url);
            await page.GotoAsync(root + "index.html");
            Assert.Contains("Under Load", await page.TitleAsync());

            var hits = await page.EvaluateAsync<int>("() => window.underLoadSearch.load().then(() => window.underLoadSearch.query('cache stampede', 3).length)");
            Assert.True(hits > 0, "search finds pages in the unzipped site");

            var topic = page.Locator(".site-nav .nav-part a").First;
            await topic.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.StartsWith(root + "topics/", page.Url);
            Assert.Empty(problems);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task The_printed_book_has_a_bookmark_per_topic()
    {
        BrowserRequirement.Check();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var pdf = Path.Combine(Path.GetDirectoryName(site.Output)!, "book-test.pdf");
        var facts = await BookPrinter.PrintAsync(Path.Combine(site.Output, OfflineFiles.Book), pdf);
        // What the pdf command reports is what the file holds (PdfPig reads it, as any PDF reader would).
        using (var written = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.Equal(facts.Pages, written.NumberOfPages);
            Assert.Contains(written.GetPage(1).Text, c => char.IsLetter(c)); // text, not a picture of it
        }

        var order = OfflineBookTests.ReadingOrder(site.Output);
        var titles = order.Select(p => OfflineBookTests.Parse(Path.Combine(site.Output, p)).QuerySelector("h1")!.TextContent.Trim()).ToList();
        // Chromium takes a bookmark's title from the glyphs it drew, so the same heading can come out differently with
        // other fonts: a title that wraps loses the space at the break, and some builds repeat the text of a heading
        // drawn in two runs. A bookmark belongs to a page when its squeezed text contains the page's title.
        static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        var topLevel = facts.Outline.Select(e => Squeeze(e.Title)).ToList();
        var found = titles.Select(t => topLevel.FindIndex(b => b.Contains(Squeeze(t), StringComparison.Ordinal))).ToList();
        var missing = titles.Where((_, i) => found[i] < 0).ToList();
        Assert.True(missing.Count == 0, $"pages without a top-level bookmark: {string.Join(", ", missing)}\nbookmarks: {string.Join(" | ", facts.Outline.Select(e => e.Title))}");
        Assert.True(found.SequenceEqual(found.Order()), $"bookmarks out of reading order: {string.Join(" | ", facts.Outline.Select(e => e.Title))}");
        Assert.True(facts.Pages > titles.Count, $"each page starts a new sheet: {facts.Pages} pages for {titles.Count} topics");
        Assert.Contains(facts.AllTitles(), t => t == "Interview questions");
    }
}
