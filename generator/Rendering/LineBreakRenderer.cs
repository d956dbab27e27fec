using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>A hard line break as &lt;br&gt; (HTML's void element, no "/&gt;"), a soft one as a newline.</summary>
public sealed class LineBreakRenderer : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        if (renderer.IsLastInContainer) return;
        if (obj.IsHard) renderer.WriteLine("<br>");
        renderer.EnsureLine();
    }
}
