using AngleSharp.Html.Parser;
using Markdig;
using UnderLoad.Generator.Modules;

namespace UnderLoad.Generator.Tests.Modules;

public class RenderMarkdownTests
{
    private static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, RenderMarkdown.BuildPipeline());

    [Fact]
    public void Headings_get_github_style_ids()
    {
        Assert.Contains("<h2 id=\"http2-multiplexing\">", Render("## HTTP/2 multiplexing"));
    }

    [Fact]
    public void Pipe_tables_alerts_task_lists_figures_and_footnotes_render()
    {
        var html = Render("""
            | a | b |
            |---|---|
            | 1 | 2 |

            > [!WARNING]
            > Careful.

            - [x] done

            ^^^
            figure body
            ^^^ A caption

            Text[^1].

            [^1]: The note.
            """);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.NotNull(doc.QuerySelector("table td"));
        Assert.NotNull(doc.QuerySelector(".markdown-alert-warning"));
        Assert.NotNull(doc.QuerySelector("input[type=checkbox][checked]"));
        Assert.Equal("A caption", doc.QuerySelector("figure figcaption")?.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector(".footnotes li"));
    }

    [Theory]
    [InlineData("csharp")]
    [InlineData("cs")]
    [InlineData("c#")]
    public void Csharp_aliases_are_highlighted_with_classes_not_styles(string alias)
    {
        var html = Render($"```{alias}\nvar s = \"text\"; // note\n```");
        Assert.Contains("<span class=\"keyword\">var</span>", html);
        Assert.Contains("<span class=\"comment\">// note</span>", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public void Unknown_languages_fall_back_to_plain_escaped_code()
    {
        var html = Render("```nginx\nlocation / { return 200 \"<ok>\"; }\n```");
        Assert.Contains("&lt;ok&gt;", html);
        Assert.Contains("class=\"language-nginx\"", html);
        Assert.DoesNotContain("<ok>", html);
    }

    [Fact]
    public void A_multi_line_comment_keeps_its_class_on_every_line()
    {
        var html = Render("```csharp\n/* one\n   two */\nint x;\n```");
        var lines = new HtmlParser().ParseDocument(html).QuerySelectorAll("span.line");
        Assert.Equal(3, lines.Length);
        Assert.NotNull(lines[1].QuerySelector("span.comment"));
        Assert.Contains("two", lines[1].QuerySelector("span.comment")!.TextContent);
    }

    // Prose renders as written: carets, tildes and backticks in interview summaries.
    [Fact]
    public void Carets_and_tildes_in_prose_are_not_superscript_or_subscript()
    {
        var html = Render("Integers up to 2^53 are exact, and -(2^53)+1 too; it took ~5 ms to ~10 ms, ~~not this~~.");
        Assert.DoesNotContain("<sup>", html);
        Assert.DoesNotContain("<sub>", html);
        Assert.Contains("2^53 are exact", html);
        Assert.Contains("~5 ms to ~10 ms", html);
        Assert.Contains("<del>not this</del>", html);
    }

    [Fact]
    public void Backtick_spans_in_an_interview_summary_become_code()
    {
        var html = Render("<details>\n<summary>What is the `alg: none` attack?</summary>\n\nAnswer.\n\n</details>\n");
        var summary = new HtmlParser().ParseDocument(html).QuerySelector("summary")!;
        Assert.Equal("alg: none", summary.QuerySelector("code")!.TextContent);
        Assert.DoesNotContain("`", summary.TextContent);
    }
}
