using UnderLoad.Generator.Diagrams;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// A diagram's markup on one page: its links to the full-size files (written from the site root, one markup for every
/// page) resolved relative to the page and recorded for validation, its ids recorded. In the book every id and
/// reference takes the page's section as prefix (they all start with the diagram's <see cref="DiagramMarkup.IdPrefix"/>).
/// </summary>
public static class DiagramWriter
{
    public static string Markup(DiagramMarkup diagram, PageOutline? outline)
    {
        if (outline is null) return diagram.Html;
        outline.Ids.UnionWith(diagram.Ids);
        var html = diagram.Html;
        var scoped = outline.Book is { } book && diagram.IdPrefix is { } prefix ? (From: prefix, To: book.Id(prefix)) : default;
        if (scoped.From is not null) html = html.Replace(scoped.From, scoped.To, StringComparison.Ordinal);
        foreach (var file in diagram.Files)
        {
            var href = outline.Link(file, 0, fromContent: false);
            var written = scoped.From is null ? file : file.Replace(scoped.From, scoped.To, StringComparison.Ordinal);
            if (href != written) html = html.Replace($"href=\"{written}\"", $"href=\"{HtmlText.Attribute(href)}\"", StringComparison.Ordinal);
        }

        return html;
    }
}
