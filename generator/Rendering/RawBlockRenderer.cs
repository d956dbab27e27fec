using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using UnderLoad.Generator.MarkdownExtensions.Summaries;

namespace UnderLoad.Generator.Rendering;

/// <summary>A block of raw HTML (its summary lines' code spans as &lt;code&gt;), through <see cref="RawHtml.Block"/>.</summary>
public sealed class RawBlockRenderer(PageOutline outline) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        var html = RawHtml.Block(SummaryAwareHtmlBlockRenderer.Render(obj), outline);
        // Ending in WriteLine, as Markdig ends a block: the next block then starts without an empty line.
        renderer.Write(html.EndsWith('\n') ? html[..^1] : html);
        renderer.WriteLine();
    }
}
