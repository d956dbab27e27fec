using UnderLoad.Generator.Site;
using AngleSharp.Html.Parser;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Site;

/// <summary>The real handbook, built: what a reader and a search engine get.</summary>
[Collection(BuiltSiteCollection.Name)]
public class BuiltSiteTests(BuiltSite site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_real_input_builds_without_errors()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void Every_page_has_a_title_description_and_canonical_link()
    {
        foreach (var page in site.Pages)
        {
            var doc = Parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(site.Output, page);
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), $"{name} has no <title>");
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{name} has no description");
            var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.True(canonical is not null && Uri.IsWellFormedUriString(canonical, UriKind.Absolute), $"{name} has no absolute canonical link");
            Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves_on_disk()
    {
        var ids = new Dictionary<string, HashSet<string>>();
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var set) ? set : ids[file] =
            Parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();

        var broken = new List<string>();
        foreach (var page in site.Pages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var doc = Parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var hash = url.IndexOf('#');
                var path = hash >= 0 ? url[..hash] : url;
                var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
                var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
                if (!File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(site.Output, page)}: {url} (no file)");
                }
                else if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
                {
                    broken.Add($"{Path.GetRelativePath(site.Output, page)}: {url} (no anchor)");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Links_are_relative_so_the_site_reads_from_disk()
    {
        foreach (var page in site.Pages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotMatch("(href|src)=\"/[^/]", html);
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_absolute_urls()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        var pages = site.Pages.Count(p => !p.EndsWith("404.html", StringComparison.Ordinal));
        var locs = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>(.*?)</loc>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(pages, locs.Count);
        Assert.All(locs, loc => Assert.StartsWith("https://", loc));
        Assert.Contains("Sitemap: https://", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void Assets_are_fingerprinted_and_cached_as_immutable()
    {
        var assets = Directory.GetFiles(Path.Combine(site.Output, "assets")).Select(Path.GetFileName).ToList();
        Assert.Contains(assets, a => System.Text.RegularExpressions.Regex.IsMatch(a!, @"^site\.[0-9a-f]{10}\.css$"));
        Assert.Contains(assets, a => System.Text.RegularExpressions.Regex.IsMatch(a!, @"^site\.[0-9a-f]{10}\.js$"));
        var headers = File.ReadAllText(Path.Combine(site.Output, "_headers"));
        Assert.Contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable", headers);
    }

    [Fact]
    public void Headers_come_from_the_generated_file_alone_and_allow_the_book_style_by_hash()
    {
        // netlify.toml sets no header: Netlify would merge its rules with _headers', and enforce both CSPs.
        var toml = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "netlify.toml"));
        Assert.DoesNotContain("[[headers]]", toml);
        Assert.DoesNotContain("Content-Security-Policy", toml);

        var headers = File.ReadAllText(Path.Combine(site.Output, "_headers"));
        var policy = SecurityHeaders.PolicyOf(headers);
        var book = File.ReadAllText(Path.Combine(site.Output, UnderLoad.Generator.Offline.OfflineFiles.Book));
        var style = System.Text.RegularExpressions.Regex.Match(book, "<style>(.*?)</style>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"style-src 'self' 'sha256-{SecurityHeaders.Hash(style)}'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }

    [Fact]
    public void Pages_have_no_inline_script_or_style_so_the_csp_holds()
    {
        foreach (var page in site.Pages)
        {
            var doc = Parser.ParseDocument(File.ReadAllText(page));
            Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
            Assert.Empty(doc.QuerySelectorAll("style"));
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(doc.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }
}
