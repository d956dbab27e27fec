using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace UnderLoad.Generator.Rendering;

/// <summary>A footnote reference (<c>[^1]</c>) and the way back from the note, linked by the page's ids.</summary>
public sealed class FootnoteLinkRenderer(PageOutline outline) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order;
        if (link.IsBackLink)
        {
            var back = outline.Link("#fnref:" + link.Index, 0, fromContent: false);
            renderer.Write($"<a href=\"{HtmlText.Attribute(back)}\" class=\"footnote-back-ref\">↩</a>");
            return;
        }

        var id = outline.Id("fnref:" + link.Index);
        var href = outline.Link("#fn:" + order, 0, fromContent: false);
        renderer.Write($"<a id=\"{HtmlText.Attribute(id)}\" href=\"{HtmlText.Attribute(href)}\" class=\"footnote-ref\"><sup>{order}</sup></a>");
    }
}
