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

    public void Dispose() => _site.Dispose();
}
