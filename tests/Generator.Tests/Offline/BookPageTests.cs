using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Offline;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>One page becomes a section of the single file: ids scoped to it, links between pages in-file.</summary>
public class BookPageTests
{
    private static readonly Dictionary<string, string> Sections = new()
    {
        ["index.html"] = "home",
        ["topics/01-a.html"] = "t01-a",
        ["topics/02-b.html"] = "t02-b",
    };

    private static string Page(string body) =>
        $"<!DOCTYPE html><html><head><title>t</title></head><body><header class=\"site-header\"><a href=\"../index.html\">Home</a></header>" +
        $"<main><article data-page-content><h1>A</h1>{body}</article><aside class=\"related\" aria-labelledby=\"related-heading\"><h2 id=\"related-heading\">Related topics</h2>" +
        "<ul><li><a href=\"02-b.html\">2. B</a></li></ul></aside></main><nav class=\"site-nav\"><a href=\"01-a.html\">A</a></nav></body></html>";

    private static string Rewrite(string body, Func<string, byte[]?>? files = null) =>
        BookPage.Rewrite(Page(body), "topics/01-a.html", "t01-a", Sections, files ?? (_ => null), "https://example.test");

    [Fact]
    public void Ids_and_links_to_them_carry_the_pages_prefix()
    {
        var html = Rewrite("<h2 id=\"intro\">Intro<a class=\"anchor\" href=\"#intro\">#</a></h2><label for=\"q\">Q</label><input id=\"q\">");
        Assert.Contains("id=\"t01-a--intro\"", html);
        Assert.Contains("href=\"#t01-a--intro\"", html);
        Assert.Contains("for=\"t01-a--q\"", html);
        Assert.Contains("id=\"t01-a--related-heading\"", html);
    }

    [Fact]
    public void Links_between_pages_become_anchors_in_the_file()
    {
        var html = Rewrite("<p><a href=\"02-b.html#surrogate-keys\">keys</a> <a href=\"../index.html\">home</a> <a href=\"01-a.html\">self</a></p>");
        Assert.Contains("href=\"#t02-b--surrogate-keys\"", html);
        Assert.Contains("href=\"#home\"", html);
        Assert.Contains("href=\"#t01-a\"", html);
        Assert.Contains("href=\"#t02-b\"", html); // the related topic
    }

    [Fact]
    public void Only_the_pages_content_is_kept_and_the_related_aside_is_no_landmark()
    {
        var html = Rewrite("<p>Body</p>");
        Assert.DoesNotContain("site-header", html);
        Assert.DoesNotContain("site-nav", html);
        Assert.DoesNotContain("data-page-content", html);
        Assert.DoesNotContain("<aside", html);
        Assert.Contains("<section class=\"related\"", html);
    }

    [Fact]
    public void Svg_references_are_scoped_and_external_links_stay()
    {
        var html = Rewrite(
            "<svg id=\"d\" aria-labelledby=\"d-title\"><title id=\"d-title\">T</title><defs><marker id=\"arrow\"></marker></defs>" +
            "<path marker-end=\"url(#arrow)\" style=\"fill: url('#arrow')\"></path><use href=\"#arrow\"></use></svg>" +
            "<a href=\"https://github.com/x/y\">repo</a> <a href=\"mailto:a@b.c\">mail</a>");
        Assert.Contains("marker-end=\"url(#t01-a--arrow)\"", html);
        Assert.Contains("url('#t01-a--arrow')", html);
        Assert.Contains("href=\"#t01-a--arrow\"", html);
        Assert.Contains("aria-labelledby=\"t01-a--d-title\"", html);
        Assert.Contains("href=\"https://github.com/x/y\"", html);
        Assert.Contains("href=\"mailto:a@b.c\"", html);
    }

    [Fact]
    public void Images_are_inlined_and_other_files_go_to_the_hosted_site()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47 };
        var html = Rewrite("<img src=\"../img/x.png\" alt=\"x\"><a href=\"../under-load.zip\">zip</a>",
            path => path == "img/x.png" ? png : null);
        Assert.Contains("src=\"data:image/png;base64," + Convert.ToBase64String(png) + "\"", html);
        Assert.Contains("href=\"https://example.test/under-load.zip\"", html);
    }

    [Fact]
    public void Section_ids_name_the_topic()
    {
        Assert.Equal("t09-http-caching", BookPage.SectionId(new NavItem("HTTP caching", "topics/09-http-caching.html", 9, "09-http-caching")));
        Assert.Equal("home", BookPage.SectionId(new NavItem("Home", "index.html", null, "index")));
    }
}
