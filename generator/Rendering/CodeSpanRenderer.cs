using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>`code` → &lt;code&gt;, its text escaped as <see cref="HtmlText"/> writes it.</summary>
public sealed class CodeSpanRenderer : HtmlObjectRenderer<CodeInline>
{
    protected override void Write(HtmlRenderer renderer, CodeInline obj)
    {
        renderer.Write("<code");
        renderer.WriteAttributes(obj);
        renderer.Write(">");
        HtmlText.WriteText(renderer, obj.ContentSpan);
        renderer.Write("</code>");
    }
}
