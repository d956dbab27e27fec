using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>A raw HTML tag inside a paragraph, through <see cref="RawHtml.Tag"/>.</summary>
public sealed class RawInlineRenderer(PageOutline outline) : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.Write(RawHtml.Tag(obj.Tag, outline));
}
