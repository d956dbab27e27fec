using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>Text, escaped as <see cref="HtmlText"/> writes it.</summary>
public sealed class LiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline obj) => HtmlText.WriteText(renderer, obj.Content.AsSpan());
}
