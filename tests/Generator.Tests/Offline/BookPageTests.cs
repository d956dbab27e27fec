using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Offline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>
/// A page becomes a section of the single file, written from its syntax tree a second time: ids scoped to it (raw HTML's
/// and footnotes' too), links between pages in-file, images inlined, other files on the hosted site.
/// </summary>
public sealed class BookPageTests : IDisposable
{
    private readonly TestSite _site = new();

    private string BuildBook()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return _site.ReadOutput(OfflineFiles.Book);
    }

    [Fact]
    public void Ids_and_every_reference_to_them_carry_the_pages_prefix()
    {
        _site.Write("topics/02-b.md", TestSite.Page("B", "About B.", 2) + "\n## Surrogate keys\n\nText.\n");
        _site.Write("topics/01-a.md", TestSite.Page("A", "About A.", 1, "related: [02-b]\n") + """

            ## Intro

            See [keys](02-b.md#surrogate-keys), [home](../index.md), [this page](#intro) and a note.[^1]

            <label for="q">Q</label><input id="q">

            ## More

            Text.

            [^1]: The note.
            """);

        var book = BuildBook();
        Assert.Contains("<h2 id=\"t01-a--intro\">Intro<a class=\"anchor\" href=\"#t01-a--intro\"", book);
        Assert.Contains("href=\"#t02-b--surrogate-keys\"", book);
        Assert.Contains("href=\"#home\"", book);
        Assert.Contains("<a href=\"#t01-a--intro\">this page</a>", book);
        Assert.Contains("<label for=\"t01-a--q\">Q</label><input id=\"t01-a--q\">", book);
        Assert.Contains("<a id=\"t01-a--fnref:1\" href=\"#t01-a--fn%3A1\" class=\"footnote-ref\"><sup>1</sup></a>", book);
        Assert.Contains("<li id=\"t01-a--fn:1\">", book);
        Assert.Contains("<li><a href=\"#t01-a--intro\">Intro</a></li>", book); // the page's contents list
        Assert.Contains("<section class=\"related\">\n      <h2 id=\"t01-a--related-heading\">Related topics</h2>", book);
        Assert.Contains("<a href=\"#t02-b\">2. B</a>", book);
        Assert.DoesNotContain("<aside", book);

        // The site's page keeps its own ids and links.
        var page = _site.ReadOutput("topics/01-a.html");
        Assert.Contains("<label for=\"q\">Q</label><input id=\"q\">", page);
        Assert.Contains("href=\"02-b.html#surrogate-keys\"", page);
    }

    [Fact]
    public void Images_are_inlined_and_other_files_go_to_the_hosted_site()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        Directory.CreateDirectory(Path.Combine(_site.Input, "images"));
        File.WriteAllBytes(Path.Combine(_site.Input, "images", "x.png"), png);
        _site.Write("topics/01-a.md", TestSite.Page("A", "About A.", 1) + "\n![A square](../images/x.png)\n\nThe [archive](../under-load.zip).\n");

        var book = BuildBook();
        Assert.Contains("src=\"data:image/png;base64," + Convert.ToBase64String(png) + "\" alt=\"A square\"", book);
        Assert.Contains("href=\"https://example.test/under-load.zip\"", book);
    }

    [Fact]
    public void Section_ids_name_the_topic()
    {
        Assert.Equal("t09-http-caching", BookPage.SectionId(new NavItem("HTTP caching", "topics/09-http-caching.html", 9, "09-http-caching")));
        Assert.Equal("home", BookPage.SectionId(new NavItem("Home", "index.html", null, "index")));
    }

    public void Dispose() => _site.Dispose();
}
