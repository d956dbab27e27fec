using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>An autolink (<c>&lt;https://…&gt;</c>): its URL recorded like any link the page did not write as [text](url).</summary>
public sealed class AutolinkRenderer(PageOutline outline, LinkRenderer links) : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        var href = outline.Link((obj.IsEmail ? "mailto:" : "") + links.AsWritten(renderer, obj.Url), 0, fromContent: false);
        renderer.Write("<a href=\"");
        HtmlText.WriteAttribute(renderer, href);
        renderer.Write("\"");
        renderer.WriteAttributes(obj);
        renderer.Write(">");
        HtmlText.WriteText(renderer, obj.Url);
        renderer.Write("</a>");
    }
}
