using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace UnderLoad.Generator.Rendering;

/// <summary>A thematic break as &lt;hr&gt;.</summary>
public sealed class RuleRenderer : HtmlObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, ThematicBreakBlock obj)
    {
        renderer.Write("<hr");
        renderer.WriteAttributes(obj);
        renderer.WriteLine(">");
    }
}
