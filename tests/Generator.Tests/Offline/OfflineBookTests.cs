using System.IO.Compression;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using UnderLoad.Generator.Offline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>The build's offline files, read as files: output/under-load.html needs nothing else, output/under-load.zip is the site.</summary>
[Collection(BuiltSiteCollection.Name)]
public class OfflineBookTests(BuiltSite site)
{
    private static readonly HtmlParser Parser = new();

    internal static IHtmlDocument Parse(string path) => Parser.ParseDocument(File.ReadAllText(path));

    /// <summary>The reading order as the site shows it: home, then the navigation's topics (output paths).</summary>
    internal static List<string> ReadingOrder(string output)
    {
        var home = Parse(Path.Combine(output, "index.html"));
        return home.QuerySelectorAll(".site-nav .nav-part a").Select(a => a.GetAttribute("href")!).Prepend("index.html").ToList();
    }

    /// <summary>Every attribute that points somewhere: href (also xlink:href), src.</summary>
    internal static IEnumerable<(IElement Element, string Name, string Value)> Links(IDocument html) =>
        html.All.SelectMany(e => e.Attributes.Where(a => a.LocalName is "href" or "src").Select(a => (e, a.Name, a.Value)));

    private IHtmlDocument Book()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var path = Path.Combine(site.Output, OfflineFiles.Book);
        Assert.True(File.Exists(path), "the build writes output/under-load.html");
        return Parse(path);
    }

    [Fact]
    public void The_single_file_loads_nothing_from_outside_itself()
    {
        var book = Book();
        var problems = new List<string>();
        foreach (var (element, name, value) in Links(book))
        {
            var ok = name == "src"
                ? value.StartsWith("data:", StringComparison.Ordinal)
                : value.StartsWith('#') || Regex.IsMatch(value, "^(https?|mailto):", RegexOptions.IgnoreCase);
            if (!ok) problems.Add($"<{element.LocalName} {name}=\"{value}\">");
        }

        Assert.Empty(book.QuerySelectorAll("link, script[src], iframe, object, embed"));
        var css = string.Concat(book.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.Contains(".diagram>svg.diagram-dark", css.Replace(" ", "")); // diagrams.css is inlined
        Assert.Contains(".book-page", css);                                  // and book.css
        foreach (Match m in Regex.Matches(css, @"url\(\s*['""]?([^'"")]*)"))
        {
            if (!m.Groups[1].Value.StartsWith('#') && !m.Groups[1].Value.StartsWith("data:", StringComparison.Ordinal)) problems.Add("css " + m.Value);
        }

        Assert.DoesNotContain("@import", css);
        Assert.Empty(book.QuerySelectorAll("[style]"));
        Assert.True(problems.Count == 0, "references leaving the file:\n" + string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void Every_in_file_reference_resolves_and_every_id_is_scoped_to_its_page()
    {
        var book = Book();
        var ids = book.All.Where(e => !string.IsNullOrEmpty(e.Id)).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var (element, name, value) in Links(book))
        {
            if (value.Length > 1 && value.StartsWith('#') && !ids.Contains(Uri.UnescapeDataString(value[1..]))) broken.Add($"<{element.LocalName} {name}=\"{value}\">");
        }

        foreach (var element in book.All)
        {
            foreach (var attribute in element.Attributes)
            {
                foreach (Match m in Regex.Matches(attribute.Value, @"url\(\s*['""]?#([^'"")\s]+)"))
                {
                    if (!ids.Contains(m.Groups[1].Value)) broken.Add($"{attribute.Name}=\"{attribute.Value}\"");
                }

                if (attribute.Name is "aria-labelledby" or "aria-describedby" or "for" or "aria-controls")
                {
                    broken.AddRange(attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(id => !ids.Contains(id)).Select(id => $"{attribute.Name}=\"{id}\""));
                }
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} references to no id:\n" + string.Join("\n", broken.Distinct().Take(30)));

        foreach (var section in book.QuerySelectorAll("article.book-page"))
        {
            var strangers = section.QuerySelectorAll("[id]").Select(e => e.Id!).Where(id => !id.StartsWith(section.Id + "--", StringComparison.Ordinal)).ToList();
            Assert.True(strangers.Count == 0, $"ids in #{section.Id} without its prefix: {string.Join(", ", strangers.Take(10))}");
        }
    }

    [Fact]
    public void Every_page_is_in_the_file_in_reading_order_with_its_title_and_diagrams()
    {
        var book = Book();
        var order = ReadingOrder(site.Output);
        Assert.True(order.Count > 1, "the site has topics");
        var sections = book.QuerySelectorAll("article.book-page").ToList();
        Assert.Equal(order.Count, sections.Count);
        for (var i = 0; i < order.Count; i++)
        {
            var page = Parse(Path.Combine(site.Output, order[i]));
            var expectedId = order[i] == "index.html" ? "home" : "t" + Path.GetFileNameWithoutExtension(order[i]);
            Assert.Equal(expectedId, sections[i].Id);
            Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), sections[i].QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(page.QuerySelectorAll("figure.diagram svg").Length, sections[i].QuerySelectorAll("figure.diagram svg").Length);
            Assert.Equal(page.QuerySelectorAll("figure.code").Length, sections[i].QuerySelectorAll("figure.code").Length);
        }

        var toc = book.QuerySelectorAll("#book-contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(sections.Select(s => "#" + s.Id), toc);
    }

    [Fact]
    public void Links_between_topics_point_into_the_file()
    {
        var book = Book();
        var crossTopic = Links(book).Count(l => Regex.IsMatch(l.Value, "^#t[0-9]+-[^#]+--"));
        Assert.True(crossTopic > 0, "some topic links to a section of another topic, now an anchor in the file");
        Assert.DoesNotContain(Links(book), l => l.Value.Contains(".html", StringComparison.Ordinal) && !l.Value.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public void The_home_page_links_to_both_offline_files()
    {
        var home = Parse(Path.Combine(site.Output, "index.html"));
        var hrefs = home.QuerySelectorAll("[data-page-content] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(OfflineFiles.Book, hrefs);
        Assert.Contains(OfflineFiles.Archive, hrefs);
        Assert.True(home.QuerySelector($"a[href='{OfflineFiles.Book}']")!.HasAttribute("download"), "the book is saved, then read from disk");
    }

    [Fact]
    public void The_archive_holds_the_whole_site_and_every_relative_link_in_it_resolves()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var dir = Directory.CreateTempSubdirectory("ul-zip-");
        try
        {
            ZipFile.ExtractToDirectory(Path.Combine(site.Output, OfflineFiles.Archive), dir.FullName);
            var root = Path.Combine(dir.FullName, PackSiteArchive.Folder.TrimEnd('/'));
            var inZip = Files(root);
            // Everything but the archive itself, the PDF and the social cards (link previews, which no page links to).
            var inOutput = Files(site.Output).Where(f => f is not OfflineFiles.Archive and not OfflineFiles.Pdf && !f.StartsWith("assets/social/", StringComparison.Ordinal)).ToList();
            Assert.Equal(inOutput, inZip);
            foreach (var file in inOutput.Where(f => !f.EndsWith(".html", StringComparison.Ordinal)).Take(5))
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, file)), File.ReadAllBytes(Path.Combine(root, file)));
            }

            var broken = new List<string>();
            var idsByFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            HashSet<string> IdsOf(string file) => idsByFile.TryGetValue(file, out var ids) ? ids
                : idsByFile[file] = Parse(file).All.Where(e => !string.IsNullOrEmpty(e.Id)).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var page in inZip.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != OfflineFiles.Book && f != "404.html"))
            {
                var full = Path.Combine(root, page);
                foreach (var (_, name, value) in Links(Parse(full)))
                {
                    if (value.Length == 0 || value.StartsWith('#') || Regex.IsMatch(value, "^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")) continue;
                    var hash = value.IndexOf('#');
                    var path = (hash >= 0 ? value[..hash] : value).Split('?')[0];
                    var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, Uri.UnescapeDataString(path)));
                    if (Directory.Exists(target)) target = Path.Combine(target, "index.html");
                    if (!File.Exists(target)) broken.Add($"{page}: {name}=\"{value}\"");
                    else if (hash >= 0 && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(Uri.UnescapeDataString(value[(hash + 1)..])))
                        broken.Add($"{page}: {name}=\"{value}\" (no such id)");
                }
            }

            Assert.True(broken.Count == 0, "broken links in the archive:\n" + string.Join("\n", broken.Take(30)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
