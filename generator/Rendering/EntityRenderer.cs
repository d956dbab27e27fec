using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>A character reference written in markdown (<c>&amp;mdash;</c>): its character, escaped only where text needs it.</summary>
public sealed class EntityRenderer : HtmlObjectRenderer<HtmlEntityInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlEntityInline obj) => HtmlText.WriteText(renderer, obj.Transcoded.AsSpan());
}
