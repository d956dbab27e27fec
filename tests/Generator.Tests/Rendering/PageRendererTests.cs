using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Rendering;

/// <summary>Rendering writes highlighted code and text as a serializer would, and checks links written in raw HTML.</summary>
public sealed class PageRendererTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Code_blocks_pass_through_and_links_in_a_raw_pre_are_checked()
    {
        _site.Write("topics/b.md", TestSite.Page("B", "About B.", 2) + "\n## Target here\n\nText.\n");
        _site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + """

            ## Code

            ```csharp
            var text = "quoted — \"x\" & 'y' < z";
            ```

            <pre class="listing"><a href="b.html#target-here">see B</a> and <span id="here">an anchor</span></pre>

            [back to the listing](#here)
            """);

        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = _site.ReadOutput("topics/a.html");
        Assert.Contains("<span class=\"string\">\"quoted — \\\"x\\\" &amp; 'y' &lt; z\"</span>", html);
        Assert.Contains("<a href=\"b.html#target-here\">see B</a>", html);

        // Raw HTML links are site paths (as the layout's are): inside a <pre> they are checked all the same.
        _site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + "\n<pre><a href=\"b.html#no-such-heading\">see B</a></pre>\n");
        var broken = _site.Build();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Message.Contains("no-such-heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_and_attributes_are_escaped_as_a_browser_serializes_them()
    {
        _site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + """

            He said "hi" & <b>left</b> 'x' <em>ok</em>; a b.

            ![A "quoted" & alt](https://example.com/x.png "Say \"cheese\"")
            """);

        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = _site.ReadOutput("topics/a.html");
        Assert.Contains("He said \"hi\" &amp; <b>left</b> 'x' <em>ok</em>; a&nbsp;b.", html);
        Assert.Contains("<img src=\"https://example.com/x.png\" alt=\"A &quot;quoted&quot; &amp; alt\" title=\"Say &quot;cheese&quot;\">", html);
    }

    [Fact]
    public void Headings_get_permalinks_the_page_gets_its_contents_and_tables_align_by_class()
    {
        _site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + """

            ### Before any section

            ## Retry & backoff

            ### The `budget`

            ## Limits

            | name | value |
            |:-----|------:|
            | a    | 1     |
            """);

        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = _site.ReadOutput("topics/a.html");
        Assert.Contains("<h2 id=\"retry--backoff\">Retry &amp; backoff<a class=\"anchor\" href=\"#retry--backoff\" aria-label=\"Link to “Retry &amp; backoff”\">#</a></h2>", html);
        Assert.Contains("<h3 id=\"the-budget\">The <code>budget</code><a class=\"anchor\" href=\"#the-budget\"", html);
        Assert.Contains("<ol><ol><li><a href=\"#before-any-section\">Before any section</a></li></ol><li><a href=\"#retry--backoff\">Retry &amp; backoff</a>"
            + "<ol><li><a href=\"#the-budget\">The budget</a></li></ol></li><li><a href=\"#limits\">Limits</a></li></ol>", html);
        Assert.Contains("<th class=\"align-left\">name</th>", html);
        Assert.Contains("<td class=\"align-right\">1</td>", html);
        Assert.DoesNotContain("text-align", html);
    }

    [Fact]
    public void Markdown_links_become_html_and_a_broken_anchor_is_reported_at_its_line()
    {
        _site.Write("topics/b.md", TestSite.Page("B", "About B.", 2) + "\n## Target here\n\nText.\n");
        _site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + "\nSee [B](b.md#target-here).\n\nAnd [nothing](b.md#no-such-heading).\n");

        var result = _site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("no-such-heading", StringComparison.Ordinal));
        Assert.Equal("input/topics/a.md", error.Path);
        Assert.Equal(File.ReadAllLines(Path.Combine(_site.Input, "topics", "a.md")).ToList().FindIndex(l => l.Contains("no-such-heading")) + 1, error.Line);

        _site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + "\nSee [B](b.md#target-here).\n");
        Assert.True(_site.Build().Succeeded);
        Assert.Contains("<a href=\"b.html#target-here\">B</a>", _site.ReadOutput("topics/a.html"));
    }

    public void Dispose() => _site.Dispose();
}
