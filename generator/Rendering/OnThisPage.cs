using System.Text;

namespace UnderLoad.Generator.Rendering;

/// <summary>The page's "On this page" list: its h2 headings, each with its h3s nested, when there are two entries or more.</summary>
public static class OnThisPage
{
    /// <param name="href">The link to a heading's id (the book's differs from the page's).</param>
    public static string? Build(IReadOnlyList<OutlineHeading> headings, Func<string, string> href)
    {
        var entries = headings.Where(h => h.Level is 2 or 3).ToList();
        if (entries.Count < 2) return null;
        var html = new StringBuilder("<ol>");
        bool itemOpen = false, subOpen = false;
        foreach (var heading in entries)
        {
            var link = $"<a href=\"{HtmlText.Attribute(href(heading.Id))}\">{HtmlText.Text(heading.Text)}</a>";
            if (heading.Level == 2)
            {
                if (subOpen) html.Append("</ol>");
                if (itemOpen) html.Append("</li>");
                html.Append("<li>").Append(link);
                (itemOpen, subOpen) = (true, false);
                continue;
            }

            // An h3 nests under the h2 before it (or, before any h2, directly in the list).
            if (!subOpen) html.Append("<ol>");
            subOpen = true;
            html.Append("<li>").Append(link).Append("</li>");
        }

        if (subOpen) html.Append("</ol>");
        if (itemOpen) html.Append("</li>");
        return html.Append("</ol>").ToString();
    }
}
