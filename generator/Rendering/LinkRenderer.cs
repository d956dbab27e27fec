using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// A markdown link or image with its URL resolved for the output (<see cref="PageOutline.Link"/>: .md → .html,
/// repository files → the repository, relative to the page) and recorded, with its line, for link validation.
/// </summary>
public sealed class LinkRenderer(PageOutline outline) : HtmlObjectRenderer<LinkInline>
{
    private readonly StringWriter _scratch = new();

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        var href = outline.Link(AsWritten(renderer, url), outline.FileLine(link.Line), fromContent: true, source: link.IsImage);
        renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"");
        HtmlText.WriteAttribute(renderer, href);
        renderer.Write("\"");
        if (!link.IsImage && outline.SavesBook(href)) renderer.Write(" download");
        renderer.WriteAttributes(link);
        if (link.IsImage)
        {
            renderer.Write(" alt=\"");
            HtmlText.WriteAttribute(renderer, PlainText.Of(link));
            renderer.Write("\"");
        }

        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"");
            HtmlText.WriteAttribute(renderer, link.Title);
            renderer.Write("\"");
        }

        renderer.Write(">");
        if (link.IsImage) return;
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }

    /// <summary>The URL as Markdig writes it (percent-encoded where a URL must be), as an attribute's value.</summary>
    internal string AsWritten(HtmlRenderer renderer, string? url)
    {
        var writer = renderer.Writer;
        _scratch.GetStringBuilder().Clear();
        renderer.Writer = _scratch;
        renderer.WriteEscapeUrl(url);
        renderer.Writer = writer;
        return _scratch.ToString().Replace("&amp;", "&", StringComparison.Ordinal);
    }
}
