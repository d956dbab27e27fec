using AngleSharp.Html.Parser;
using UnderLoad.Generator.MarkdownExtensions.Highlighting;

namespace UnderLoad.Generator.Tests.MarkdownExtensions.Highlighting;

/// <summary>What a reader sees of highlighted code: colours by class, one line per span, marked lines, nothing unescaped.</summary>
public sealed class CodeHighlighterTests
{
    private const string CSharp = """
        public sealed class Limiter(TimeProvider time) // "quotes" and <angles>
        {
            /* a block
               comment */
            private readonly string _name = $"limit-{time.GetUtcNow():O}";
        }
        """;

    [Fact]
    public void Each_line_is_its_own_span_marked_lines_say_so_and_a_comment_across_lines_stays_a_comment()
    {
        var html = new CodeHighlighter().Highlight(CSharp, "csharp", new HashSet<int> { 3, 4 });
        var code = new HtmlParser().ParseDocument($"<pre><code>{html}</code></pre>").QuerySelector("code")!;

        var lines = code.Children.Where(c => c.ClassList.Contains("line")).ToList();
        Assert.Equal(CSharp.Split('\n').Length, lines.Count);
        Assert.Equal([3, 4], lines.Select((l, i) => (l, i)).Where(p => p.l.ClassList.Contains("hl")).Select(p => p.i + 1));
        Assert.Equal(CSharp, string.Join('\n', lines.Select(l => l.TextContent)));
        // The block comment is split at the line break and reopened, so both halves are coloured as a comment.
        Assert.NotNull(lines[2].QuerySelector("span[class]"));
        Assert.NotNull(lines[3].QuerySelector("span[class]"));
        Assert.Contains("&lt;angles&gt;", html);
        Assert.DoesNotContain("style=", html);
    }

    [Theory]
    [InlineData("brainfuck")]
    [InlineData(null)]
    public void Code_of_a_language_it_does_not_know_is_shown_as_escaped_text(string? language)
    {
        var html = new CodeHighlighter().Highlight("if (a < b && c > d) { run(\"<script>\"); }", language);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"line\">"));
    }
}
