using UnderLoad.Generator.Diagrams;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// A diagram's markup on one page: its links to the full-size files (written from the site root, one markup for every
/// page) resolved relative to the page and recorded for validation, its ids recorded.
/// </summary>
public static class DiagramWriter
{
    public static string Markup(DiagramMarkup diagram, PageOutline? outline)
    {
        if (outline is null) return diagram.Html;
        outline.Ids.UnionWith(diagram.Ids);
        var html = diagram.Html;
        foreach (var file in diagram.Files)
        {
            var href = outline.Link(file, 0, fromContent: false);
            if (href != file) html = html.Replace($"href=\"{file}\"", $"href=\"{HtmlText.Attribute(href)}\"", StringComparison.Ordinal);
        }

        return html;
    }
}
