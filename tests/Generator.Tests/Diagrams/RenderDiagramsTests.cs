using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Diagrams;

public sealed class RenderDiagramsTests
{
    [Fact]
    public void A_diagram_that_does_not_parse_fails_the_build_at_its_fence_with_Mermaids_message()
    {
        using var site = new DiagramSite();
        // Front matter: 4 lines. Body line 1 is text, 2 blank, 3 the fence → file line 4 + 3 = 7.
        var page = site.Page("bad.md", "Some text.\n\n" + DiagramSite.Fence("sequenceDiagram\n    A->>B hello\n"), frontMatterLines: 4);

        var (store, context) = site.Build([page]);

        var error = Assert.Single(context.Diagnostics.Errors);
        Assert.Equal("input/topics/bad.md", error.Path);
        Assert.Equal(7, error.Line);
        Assert.Contains("Parse error on line 2", error.Message);
        Assert.Contains("Expecting", error.Message);
        Assert.Contains("line 9 of input/topics/bad.md", error.Hint);
        Assert.Null(store.TryGet("sequenceDiagram\n    A->>B hello", 0));
        Assert.False(Directory.Exists(site.CacheDir) && Directory.EnumerateFiles(site.CacheDir).Any());
    }

    [Fact]
    public void A_second_build_takes_every_diagram_from_the_cache_and_starts_no_browser()
    {
        using var site = new DiagramSite();
        var page = site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence));

        var (first, _) = site.Build([page]);
        Assert.Equal(1, site.RendererStarts);
        Assert.Equal(2, first.Rendered); // light and dark
        Assert.Equal(2, Directory.GetFiles(site.CacheDir, "*.svg").Length);

        var (second, context) = site.Build([page]);
        Assert.Equal(1, site.RendererStarts);
        Assert.Equal(0, second.Rendered);
        Assert.Empty(context.Diagnostics.All);
        var before = Assert.IsType<string>(first.TryGet(DiagramSite.Sequence, 0)?.Html);
        var after = Assert.IsType<string>(second.TryGet(DiagramSite.Sequence, 0)?.Html);
        Assert.Equal(before, after);
        Assert.Equal(first.Css, second.Css);
    }

    [Fact]
    public void The_svg_shows_the_participants_and_messages_of_its_source_as_real_text()
    {
        using var site = new DiagramSite();
        var (store, context) = site.Build([site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))]);

        Assert.Empty(context.Diagnostics.All);
        var html = Assert.IsType<string>(store.TryGet(DiagramSite.Sequence + "\n", 0)?.Html);
        var figure = new HtmlParser().ParseFragment(html, null!).OfType<AngleSharp.Dom.IElement>().Single();
        var svgs = figure.QuerySelectorAll("svg");
        Assert.Equal(2, svgs.Length);
        foreach (var svg in svgs)
        {
            var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent.Trim()).ToList();
            Assert.Contains("Client", texts);
            Assert.Contains("Server", texts);
            Assert.Contains("GET /orders/42", texts);
            Assert.Contains("200 OK", texts);
            Assert.Empty(svg.QuerySelectorAll("foreignObject"));
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Equal("A client asks a server", svg.QuerySelector("#" + svg.GetAttribute("aria-labelledby"))?.TextContent);
            Assert.Equal("The client sends a request and the server answers with a response.",
                svg.QuerySelector("#" + svg.GetAttribute("aria-describedby"))?.TextContent);
        }

        Assert.Equal("A client asks a server", figure.QuerySelector("figcaption")?.TextContent);
        Assert.Contains("diagram-light", svgs[0].ClassList);
        Assert.Contains("diagram-dark", svgs[1].ClassList);
    }

    [Fact]
    public void The_inlined_markup_has_no_style_element_or_attribute_and_its_css_is_scoped()
    {
        using var site = new DiagramSite();
        var (store, _) = site.Build([site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))]);

        var html = Assert.IsType<string>(store.TryGet(DiagramSite.Sequence, 0)?.Html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\sstyle\s*=", RegexOptions.IgnoreCase), html);
        // Mermaid's CSS moved out: every rule hangs off a class, not the render id, and the max-width is a rule.
        Assert.DoesNotContain("#m", store.Css.Split('{')[0]);
        Assert.Matches(@"\.dgc-[0-9a-f]{10} \.actor\{", store.Css);
        Assert.Matches(@"\.dgs-[0-9a-f]{8}\{max-width:\d+(\.\d+)?px !important;\}", store.Css);
        Assert.DoesNotContain("#mermaid", store.Css);
    }

    [Fact]
    public void A_page_showing_one_diagram_three_times_fenced_and_included_builds_with_no_duplicate_ids()
    {
        // Through the whole build, as a reader gets it: the first occurrence keeps the store's markup, later ones on
        // the same page are renumbered (this page had 17 duplicate ids when only a test overload did that).
        using var site = new TestSite();
        const string other = "sequenceDiagram\n    accTitle: Retry\n    accDescr: A retries B.\n    A->>B: try\n    B--xA: fail\n    A->>B: retry";
        site.Write("topics/flows/ask.mmd", DiagramSite.Sequence + "\n");
        site.Write("topics/two.md", TestSite.Page("Two", "S.", topic: 1) + "\n" + DiagramSite.Fence(DiagramSite.Sequence) + "\ntext\n\n"
            + DiagramSite.Fence(other) + "\n[diagram](flows/ask.mmd)\n\n" + DiagramSite.Fence(DiagramSite.Sequence));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var document = new HtmlParser().ParseDocument(site.ReadOutput("topics/two.html"));
        Assert.Equal(4, document.QuerySelectorAll("main figure.diagram").Length);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Empty(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        // Every internal reference still resolves, within its own SVG.
        foreach (var svg in document.QuerySelectorAll("main svg"))
        {
            var references = svg.QuerySelectorAll("*").Append(svg)
                .SelectMany(e => e.Attributes)
                .SelectMany(a => Regex.Matches(a.Value, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value)
                    .Concat(a.Name is "aria-labelledby" or "aria-describedby" ? a.Value.Split(' ') : []))
                .ToList();
            Assert.NotEmpty(references);
            Assert.All(references, id => Assert.NotNull(svg.QuerySelector($"[id='{id}']")));
        }
    }

    [Fact]
    public void A_labelled_link_to_an_mmd_file_on_its_own_line_is_a_diagram_not_a_broken_link()
    {
        // The diagram module and the markdown renderer used to disagree about "[Checkout](x.mmd)": one drew it, the
        // other shipped a link to a .mmd file that link validation rejected. One parser decides for both now.
        using var site = new TestSite();
        site.Write("topics/flows/ask.mmd", DiagramSite.Sequence.Replace("accTitle: A client asks a server\n", "") + "\n");
        site.Write("topics/inc.md", TestSite.Page("Inc", "S.", topic: 1) + "\nBefore.\n\n[Ordering flow](flows/ask.mmd)\n\nAfter.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("ask.mmd", StringComparison.Ordinal) && d.Message.Contains("link", StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("topics/inc.html"));
        var figure = Assert.Single(page.QuerySelectorAll("main figure.diagram"));
        Assert.Contains("GET /orders/42", figure.TextContent);
        Assert.Empty(page.QuerySelectorAll("main a[href*='.mmd']"));
        // With no accTitle, the link's text names the figure for screen readers.
        Assert.Contains("Ordering flow", figure.OuterHtml);
    }

    [Fact]
    public void Included_mmd_files_render_and_bad_include_paths_fail_at_their_line()
    {
        using var site = new DiagramSite();
        site.WriteInput("topics/flows/ask.mmd", DiagramSite.Sequence + "\n");
        site.WriteInput("outside.mmd", DiagramSite.Sequence);
        var page = site.Page("inc.md", "[diagram](flows/ask.mmd)\n\n[diagram](flows/missing.mmd)\n\n[diagram](../../../etc/x.mmd)\n");

        var (store, context) = site.Build([page]);

        var diagram = new PageDiagrams(store, "topics/inc.md").Included("flows/ask.mmd"); // as RenderMarkdown asks for it
        Assert.NotNull(diagram);
        Assert.Contains("GET /orders/42", diagram.Html);
        var errors = context.Diagnostics.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("input/topics/inc.md", 7), (errors[0].Path, errors[0].Line));
        Assert.Contains("names no file", errors[0].Message);
        Assert.Equal(("input/topics/inc.md", 9), (errors[1].Path, errors[1].Line));
        Assert.Contains("outside input/", errors[1].Message);
    }

    [Fact]
    public void Without_a_browser_an_uncached_diagram_falls_back_to_the_readers_browser_with_a_warning_or_a_strict_error()
    {
        using var site = new DiagramSite();
        var page = site.Page("a.md", "Intro\n\n" + DiagramSite.Fence(DiagramSite.Sequence));
        Func<string, int, Task<MermaidRenderer>> noBrowser = (_, _) => throw new InvalidOperationException("Chromium not found");

        var (store, context) = site.Build([page], startRenderer: noBrowser);
        var warning = Assert.Single(context.Diagnostics.All);
        Assert.Equal((Severity.Warning, "input/topics/a.md", 7), (warning.Severity, warning.Path, warning.Line));
        Assert.True(store.NeedsClientRendering("topics/a.md"));
        var html = Assert.IsType<string>(store.TryGet(DiagramSite.Sequence, 0)?.Html);
        Assert.StartsWith("<pre class=\"mermaid\">sequenceDiagram", html);
        Assert.Contains("C-&gt;&gt;S: GET /orders/42", html);

        var (_, strict) = site.Build([page], strict: true, startRenderer: noBrowser);
        Assert.Equal(Severity.Error, Assert.Single(strict.Diagnostics.All).Severity);
    }

    [Fact]
    public void A_build_removes_cache_files_no_diagram_uses()
    {
        using var site = new DiagramSite();
        Directory.CreateDirectory(site.CacheDir);
        File.WriteAllText(Path.Combine(site.CacheDir, "0123456789abcdef.svg"), "<svg></svg>");
        var page = site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence));

        var (store, _) = site.Build([page]);

        Assert.Equal(["0123456789abcdef.svg"], store.PrunedCacheFiles);
        Assert.Equal(2, Directory.GetFiles(site.CacheDir).Length);
    }
}
