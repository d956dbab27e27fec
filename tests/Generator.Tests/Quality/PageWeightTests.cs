using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>
/// What a topic page costs a reader before search is used: the page and every stylesheet and script it loads at
/// start, gzipped, within 60 KB; no script blocks rendering; system fonts only.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class PageWeightTests(BuiltSite site, Xunit.Abstractions.ITestOutputHelper output)
{
    public const int BudgetBytes = 60 * 1024;
    private static readonly HtmlParser Parser = new();

    private IEnumerable<string> TopicPages => Directory.EnumerateFiles(Path.Combine(site.Output, "topics"), "*.html");

    [Fact]
    public void Every_topic_page_with_its_css_and_js_is_at_most_60_KB_gzipped()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var weights = TopicPages.Select(Weigh).OrderByDescending(w => w.Total).ToList();
        Assert.NotEmpty(weights);

        var over = weights.Where(w => w.Total > BudgetBytes).ToList();
        Assert.True(over.Count == 0,
            $"over the {BudgetBytes / 1024} KB gzip budget:\n" + string.Join("\n", over.Select(w => w.ToString())));
        // The heaviest page, for the record (dotnet test --logger "console;verbosity=detailed" shows it).
        output.WriteLine("heaviest topic page: " + weights[0]);
    }

    [Fact]
    public void The_search_index_and_engine_are_not_loaded_at_start()
    {
        var page = TopicPages.First();
        var loaded = StartupResources(Parser.ParseDocument(File.ReadAllText(page))).ToList();
        Assert.DoesNotContain(loaded, url => url.Contains("search-index", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, url => url.Contains("minisearch", StringComparison.Ordinal));
    }

    [Fact]
    public void No_script_blocks_rendering()
    {
        foreach (var page in site.Pages)
        {
            var doc = Parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(site.Output, page);
            Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
            foreach (var script in doc.QuerySelectorAll("script[src]"))
            {
                var deferred = script.HasAttribute("defer") || script.HasAttribute("async") || script.GetAttribute("type") == "module";
                var atEndOfBody = script.ParentElement == doc.Body && script.NextElementSibling is null or { LocalName: "script" };
                // Issue 18.8: the one allowed exception, the reader's colour theme before the first paint (a few hundred bytes).
                if (script.GetAttribute("src") is { } src && Path.GetFileName(src).StartsWith("theme.", StringComparison.Ordinal)
                    && new FileInfo(Path.Combine(site.Output, "assets", Path.GetFileName(src))).Length < 1024) continue;
                Assert.True(deferred || atEndOfBody, $"{name}: <script src=\"{script.GetAttribute("src")}\"> blocks rendering (add defer)");
            }
        }
    }

    [Fact]
    public void The_site_uses_system_fonts_only()
    {
        var fontFiles = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".woff" or ".woff2" or ".ttf" or ".otf" or ".eot").ToList();
        Assert.Empty(fontFiles);
        foreach (var css in Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("@font-face", File.ReadAllText(css), StringComparison.OrdinalIgnoreCase);
        }
    }

    private sealed record Weight(string Page, long Html, IReadOnlyList<(string Url, long Gzip)> Resources)
    {
        public long Total => Html + Resources.Sum(r => r.Gzip);

        public override string ToString() =>
            $"{Page}: {Total / 1024.0:F1} KB (html {Html / 1024.0:F1} KB" +
            string.Concat(Resources.Select(r => $", {Path.GetFileName(r.Url)} {r.Gzip / 1024.0:F1} KB")) + ")";
    }

    private Weight Weigh(string page)
    {
        var html = File.ReadAllBytes(page);
        var doc = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var resources = StartupResources(doc).Distinct().Select(url =>
        {
            var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(url)));
            Assert.True(File.Exists(file), $"{page}: {url} is not in output/");
            return (url, Gzip(File.ReadAllBytes(file)));
        }).ToList();
        return new Weight(Path.GetRelativePath(site.Output, page), Gzip(html), resources);
    }

    /// <summary>Stylesheets and scripts the page itself references (local ones; the site has no others).</summary>
    private static IEnumerable<string> StartupResources(IDocument doc) =>
        doc.QuerySelectorAll("link[rel~=stylesheet][href]").Select(e => e.GetAttribute("href")!)
            .Concat(doc.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!))
            .Where(url => !url.Contains("://", StringComparison.Ordinal));

    private static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }
}
