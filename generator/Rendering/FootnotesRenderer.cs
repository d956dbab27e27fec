using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace UnderLoad.Generator.Rendering;

/// <summary>The footnotes at the end of a page, their ids the page's (in the book, prefixed with its section).</summary>
public sealed class FootnotesRenderer(PageOutline outline) : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr>");
        renderer.WriteLine("<ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            renderer.WriteLine($"<li id=\"{HtmlText.Attribute(outline.Id("fn:" + footnote.Order))}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
